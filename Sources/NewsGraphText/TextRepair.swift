/// OCR repair of newspaper text (placeholder: identity until the repair rules land).
public enum TextRepair {
    public static func repair(_ text: String) -> RepairedText {
        RepairedText(unrepaired: text)
    }
}

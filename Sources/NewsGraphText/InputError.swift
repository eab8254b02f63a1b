/// Input that cannot be read as text. Messages name the file and the place, and say what to do.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case invalidUTF8(file: String, byteOffset: Int)
    case binary(file: String, byteOffset: Int)
    case empty(file: String)
    case unreadable(file: String, reason: String)
    case noTextFiles(directory: String)

    public var description: String {
        switch self {
        case .invalidUTF8(let file, let offset):
            return "\(file): error: invalid UTF-8 at byte offset \(offset). Convert the file to UTF-8 (for example with iconv) and run again."
        case .binary(let file, let offset):
            return "\(file): error: binary data (NUL byte at byte offset \(offset)); this is not a text file. Pass plain-text news files."
        case .empty(let file):
            return "\(file): error: the file is empty. Remove it from the input or give it text."
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read the file (\(reason)). Check the path and its permissions."
        case .noTextFiles(let directory):
            return "\(directory): error: the directory holds no *.txt files. Point at a folder of .txt documents."
        }
    }
}

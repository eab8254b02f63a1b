import Testing
import NewsGraphText

struct TextDecoderTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func invalidUTF8NamesTheFileAndByteOffset() {
        // 香港 is six bytes; the stray 0xFF is byte 6.
        let input = Self.bytes("香港") + [0xFF] + Self.bytes("新聞")
        #expect(throws: InputError.invalidUTF8(file: "news/a.txt", byteOffset: 6)) {
            try TextDecoder.decode(input, name: "news/a.txt")
        }
        let message = InputError.invalidUTF8(file: "news/a.txt", byteOffset: 6).description
        #expect(message == "news/a.txt: error: invalid UTF-8 at byte offset 6. Convert the file to UTF-8 (for example with iconv) and run again.")
    }

    @Test(arguments: [
        ([0x41, 0xE4, 0xB8] as [UInt8], 1),            // truncated three-byte sequence at the end
        ([0x41, 0x42, 0xC0, 0x80], 2),                  // overlong NUL
        ([0xED, 0xA0, 0x80], 0),                        // UTF-16 surrogate
        ([0x61, 0xE9, 0x61], 1),                        // Latin-1 é
        ([0xF4, 0x90, 0x80, 0x80], 0),                  // above U+10FFFF
        ([0xE4, 0xB8, 0xAD, 0x80], 3),                  // lone continuation byte
    ])
    func firstInvalidSequence(_ input: [UInt8], _ offset: Int) {
        #expect(TextDecoder.firstInvalidUTF8(input) == offset)
    }

    @Test func validUTF8HasNoInvalidOffset() {
        #expect(TextDecoder.firstInvalidUTF8(Self.bytes("香港 Hong Kong 𠀀 é")) == nil)
    }

    @Test func nulMeansBinary() throws {
        let input = Self.bytes("abc") + [0] + Self.bytes("def")
        #expect(throws: InputError.binary(file: "scan.pdf", byteOffset: 3)) {
            try TextDecoder.decode(input, name: "scan.pdf")
        }
        #expect(InputError.binary(file: "scan.pdf", byteOffset: 3).description
            == "scan.pdf: error: binary data (NUL byte at byte offset 3); this is not a text file. Pass plain-text news files.")
    }

    @Test func emptyIsAnError() {
        #expect(throws: InputError.empty(file: "empty.txt")) {
            try TextDecoder.decode([], name: "empty.txt")
        }
        #expect(InputError.empty(file: "empty.txt").description == "empty.txt: error: the file is empty. Remove it from the input or give it text.")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let text = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Self.bytes("香港"), name: "bom.txt")
        #expect(text == "香港")
        #expect(text.unicodeScalars.count == 2)
    }

    @Test func otherErrorMessages() {
        #expect(InputError.unreadable(file: "x.txt", reason: "no such file").description
            == "x.txt: error: cannot read the file (no such file). Check the path and its permissions.")
        #expect(InputError.noTextFiles(directory: "in").description
            == "in: error: the directory holds no *.txt files. Point at a folder of .txt documents.")
    }
}

/// A fast 128-bit digest of byte streams, stable across runs and platforms (unlike `Hasher`,
/// which is seeded per process). Not cryptographic: it detects changes, it does not resist attacks.
struct StableHasher {
    private var first: UInt64 = 0x243F_6A88_85A3_08D3
    private var second: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        // The tail and the count keep `ab` + `c` apart from `a` + `bc`.
        mix(tail ^ (UInt64(bytes.count) << 56))
        length &+= UInt64(bytes.count)
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* 0x9E37_79B9_7F4A_7C15)
        first = (first << 31) | (first >> 33)
        second = ((second &+ word) &* 0xC2B2_AE3D_27D4_EB4F)
        second = (second << 29) | (second >> 35)
        second ^= first
    }

    /// The digest as 32 hex digits.
    func finalize() -> String {
        let a = Self.avalanche(first ^ length)
        let b = Self.avalanche(second &+ a)
        return Self.hex(a) + Self.hex(b)
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

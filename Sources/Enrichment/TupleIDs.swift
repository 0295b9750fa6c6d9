/// Dense ids (0, 1, 2, ... in order of first insertion) for tuples of `width` integers: the word ids of
/// an n-gram, a pair of term ids. Open addressing with multiply-shift hashing; the multipliers derive from
/// a seed drawn once per process, so no text can be written to make its tuples collide, and a look-up
/// costs a few multiplications where `Dictionary`'s SipHash had cost more than the counting around it
/// (repetition, keyphrase statistics).
struct TupleIDs {
    let width: Int
    /// Every id's tuple, `width` integers apiece.
    private var keys: [Int32] = []
    /// Slot -> id + 1 (0: empty); twice as many slots as ids at most.
    private var slots: [Int32]
    private var shift: UInt64
    private let multipliers: [UInt64]

    private static let seed = UInt64.random(in: .min ... .max)

    /// `capacity`: how many ids are expected (the table grows past it).
    init(width: Int, capacity: Int = 0) {
        self.width = max(1, width)
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = [Int32](repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
        keys.reserveCapacity(capacity * self.width)
        // SplitMix64 of the seed and the position: independent odd multipliers, any width.
        multipliers = (0..<self.width).map { k in
            var z = Self.seed &+ UInt64(k + 1) &* 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) | 1
        }
    }

    var count: Int { keys.count / width }

    /// The id of the tuple `key` (its first `width` elements), inserted when new.
    mutating func insert<Key: RandomAccessCollection>(_ key: Key) -> (id: Int, inserted: Bool)
    where Key.Element == Int32 {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = slot(of: key)
        while slots[slot] != 0 {
            let id = Int(slots[slot]) - 1
            if matches(id, key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Int32(truncatingIfNeeded: id + 1)
        var stored = 0
        for value in key where stored < width {
            keys.append(value)
            stored += 1
        }
        while stored < width {
            keys.append(-1)
            stored += 1
        }
        return (id, true)
    }

    /// The id of the tuple `key`, nil when it was never inserted.
    func id<Key: RandomAccessCollection>(of key: Key) -> Int? where Key.Element == Int32 {
        let mask = slots.count - 1
        var slot = slot(of: key)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if matches(entry - 1, key) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    private func slot<Key: RandomAccessCollection>(of key: Key) -> Int where Key.Element == Int32 {
        var h: UInt64 = 0
        var k = 0
        for value in key where k < width {
            h = h &+ UInt64(UInt32(bitPattern: value)) &* multipliers[k]
            k += 1
        }
        while k < width {
            h = h &+ UInt64(UInt32.max) &* multipliers[k]
            k += 1
        }
        return Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func matches<Key: RandomAccessCollection>(_ id: Int, _ key: Key) -> Bool where Key.Element == Int32 {
        var k = 0
        for value in key where k < width {
            if keys[id * width + k] != value { return false }
            k += 1
        }
        while k < width {
            if keys[id * width + k] != -1 { return false }
            k += 1
        }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for id in 0..<count {
            var slot = slot(of: keys[(id * width)..<((id + 1) * width)])
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id + 1)
        }
    }
}

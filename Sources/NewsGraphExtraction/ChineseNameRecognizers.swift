import NewsGraphOntology
import NewsGraphText

/// Organisations, events and places by head word, with a left edge found by scanning back.
extension MentionContext {
    static let verbBeforeOffice: Set<UInt32> = Lexicon.set("創舉主承開協合籌興申代操包督查簽")
    /// Everyday words that end in a one-character organisation head.
    static let commonWordsWithHead = WordList(Lexicon.folded(["簽署", "部署", "布署", "格局", "布局", "佈局", "結局", "當局", "大局", "全局", "騙局", "開局", "好處", "之處", "到處", "相處", "難處", "益處", "處處", "全部", "內部", "外部", "局部", "東部", "西部", "南部", "北部", "中部", "幹部", "總部", "細部", "頂部", "底部", "各部", "本部", "政黨", "全黨", "入黨", "主辦", "合辦", "官署"]))
    static let leftStops: Set<UInt32> = Lexicon.set("的在與和由為是向對將把被從到於以之等了並或及亦也其該本另各每這那訪據")

    /// Scans left from `end` over Han characters to the start of a name: stops at punctuation,
    /// function words, and (when `stopAtOrganizations`) at the end of a catalog organisation.
    /// Returns the start and whether a catalog place/event/organisation name begins it.
    func nameStart(before end: Int, maxLength: Int, stopAtOrganizations: Bool = true, allowAnd: Bool = true) -> (start: Int, anchored: Bool) {
        let f = doc.folded
        var start = end
        var anchored = false
        while start > 0 && end - start < maxLength {
            if let catalog = catalogCandidate(endingAt: start) {
                let core = coreType(of: catalog.ref)
                if core == .organization && stopAtOrganizations || core == .person || core == .policy { break }
                start = catalog.start
                anchored = true
                break  // the name begins with the place or event it is named after
            }
            let v = f[start - 1]
            // 及 joins words inside a name (財經事務及庫務局), but after a known name it joins two names.
            let joinsInside = allowAnd && v == ScriptFolding.fold(0x53CA) && start - 1 > 0 && end - start >= 2 && catalogCandidate(endingAt: start - 1) == nil
            if !CharacterClass.isHan(v) || Self.leftStops.contains(v) && !joinsInside { break }
            // 推動發展 is a verb before a name, but 發展 right before the head is part of it
            // (北部都會區發展委員會, 貿易發展局).
            if let stop = doc.word(from: Lexicon.leftStopWords, endingAt: start),
               !(start == end && doc.word(from: Lexicon.nounsBeforeHeads, endingAt: start)?.count == stop.count) { break }
            start -= 1
        }
        return (start, anchored)
    }

    /// 國家海洋環境監測中心主任…, 香港生成式人工智能研發中心, 提名委員會成員: a name ending in an
    /// organisation head, confirmed by a role word after it or a catalog place/event before it.
    mutating func recogniseOrganizations() {
        let f = doc.folded
        var i = 0
        while i < f.count {
            guard CharacterClass.isHan(f[i]), let head = doc.word(from: Lexicon.organizationHeads, at: i) else { i += 1; continue }
            // 創辦, 簽署, 部署, 格局, 好處, 全部: a one-character head inside a common word.
            if head.count == 1, i > 0, Self.verbBeforeOffice.contains(f[i - 1]) || Self.commonWordsWithHead.word(in: f, endingAt: i + 1) != nil { i += 1; continue }
            let end = i + head.count
            let (start, anchored) = nameStart(before: i, maxLength: 14)
            let body = i - start
            let roleAfter = doc.word(from: Lexicon.roles, at: end) != nil || doc.word(from: Lexicon.members, at: end) != nil
            let minimum = head.count == 1 ? 3 : 2
            // A catalog place or event alone before the head (粵港澳大灣區中心城市) is not a name.
            let anchorEnd = anchored ? (catalogCandidate(startingAt: start)?.end ?? start) : start
            // 立法會財經事務委員會: a unit named right after the body it belongs to.
            let parent = catalogCandidate(endingAt: start)
            let afterParent = parent.map { coreType(of: $0.ref) == .organization } ?? false
            // A company's name with a corporate head after it is a company, not a unit of it: the
            // company itself when only its form is added (中國移動通信集團, 比亞迪股份有限公司), else a
            // company of its own, often a subsidiary (騰訊雲計算有限公司).
            if let parent, case .catalog(let index) = parent.ref, body <= 4, Lexicon.corporateHeads.word(in: f, at: i)?.count == head.count,
               let kind = knowledge.entry(index).type.subclass, kind == "Company" || kind == "Bank" {
                let form = Array(f[start..<i])
                if head == Lexicon.groupHead || Lexicon.corporateForms.contains(form) || body == 0 {
                    candidates.append(Candidate(start: parent.start, end: end, ref: parent.ref, rule: "company-full-name", priority: 3))
                } else {
                    let key = ScriptFolding.folded(doc.text(parent.start, end))
                    let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(EntityType(.organization, kind), key: key)
                    candidates.append(Candidate(start: parent.start, end: end, ref: ref, rule: "company-name", priority: 2))
                }
                i = end
                continue
            }
            if body >= minimum, roleAfter || anchored && i - anchorEnd >= 2 || afterParent && head.count >= 2, catalogCandidate(startingAt: start).map({ $0.end < end }) ?? true {
                let key = ScriptFolding.folded(doc.text(start, end))
                let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(EntityType(.organization), key: key)
                candidates.append(Candidate(start: start, end: end, ref: ref, rule: "organization-head", priority: 2))
            }
            i = end
        }
    }

    /// 第十五屆全國運動會, 粵港合作聯席會議第二十四次會議: ordinals with an event head.
    mutating func recogniseEvents() {
        let f = doc.folded
        let numerals = Lexicon.set("一二三四五六七八九十百零〇0123456789")
        let ordinal = ScriptFolding.fold(0x7B2C), session = Lexicon.set("屆次")
        var i = 0
        while i < f.count {
            var j = i
            if f[j] == ordinal { j += 1 }
            let numberStart = j
            while j < f.count && numerals.contains(f[j]) { j += 1 }
            guard j > numberStart, j < f.count, session.contains(f[j]) else { i += 1; continue }
            var end = -1
            var k = j + 1
            while k < f.count && k - j <= 16 && CharacterClass.isHan(f[k]) {
                if let head = doc.word(from: Lexicon.eventHeads, at: k) { end = k + head.count; break }
                k += 1
            }
            guard end > 0 else { i = j + 1; continue }
            // `…暨第九屆…運動會` continues the same event name.
            if end < f.count, f[end] == ScriptFolding.fold(0x66A8) {
                var m = end + 1
                while m < f.count && m - end <= 24 && CharacterClass.isHan(f[m]) {
                    if let head = doc.word(from: Lexicon.eventHeads, at: m) { end = m + head.count; break }
                    m += 1
                }
            }
            // The name begins at the ordinal, or at a catalog body or event right before it (全國人大, 中共).
            var start = i
            if let anchor = catalogCandidate(endingAt: i), coreType(of: anchor.ref) != .person { start = anchor.start }
            let key = ScriptFolding.folded(doc.text(start, end))
            let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(EntityType(.event), key: key)
            candidates.append(Candidate(start: start, end: end, ref: ref, rule: "event-ordinal", priority: 2))
            i = end
        }
    }

    /// 南沙區委書記, 南山區委副書記: a place, 委, then a party post names the place's party committee.
    mutating func recognisePartyCommittees() {
        let f = doc.folded
        let committee = ScriptFolding.fold(0x59D4)  // 委
        for c in candidates where c.priority == 3 && coreType(of: c.ref) == .place {
            guard c.end + 1 < f.count, f[c.end] == committee, let role = doc.word(from: Lexicon.partyPosts, at: c.end + 1), !role.isEmpty else { continue }
            let key = ScriptFolding.folded(doc.text(c.start, c.end + 1))
            let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(EntityType(.organization, "PartyBody"), key: key)
            candidates.append(Candidate(start: c.start, end: c.end + 1, ref: ref, rule: "party-committee", priority: 2))
        }
    }

    /// 小蠔灣站、古洞站: names ending in a place head inside a list or after 包括.
    mutating func recognisePlaces() {
        let f = doc.folded
        let separators = Lexicon.set("、，,")
        var i = 0
        while i < f.count {
            guard CharacterClass.isHan(f[i]), let head = doc.word(from: Lexicon.placeHeads, at: i) else { i += 1; continue }
            let end = i + head.count
            let (start, anchored) = nameStart(before: i, maxLength: 8, allowAnd: false)
            let before = start > 0 ? f[start - 1] : 0
            let after = end < f.count ? f[end] : 0
            let inList = separators.contains(before) || separators.contains(after) || doc.word(from: Lexicon.including, endingAt: start) != nil
            let known = catalogCandidate(startingAt: start)
            if let known, known.end + 1 == i, Lexicon.headQuantifiers.contains(f[known.end]) { i = end; continue }
            if isStopPhrase(start, end) { i = end; continue }  // 加氫站, 生產線: kinds of place, not names
            if i - start >= 2, inList || anchored, known.map({ $0.end < end }) ?? true {
                let key = ScriptFolding.folded(doc.text(start, end))
                let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(EntityType(.place), key: key)
                candidates.append(Candidate(start: start, end: end, ref: ref, rule: "place-head", priority: 1))
            }
            i = end
        }
    }

    /// 穗澳合作, 粵港兩地: one-character place abbreviations in a compound before a cooperation word.
    mutating func recogniseAbbreviatedPlaces() {
        let f = doc.folded
        var i = 0
        while i + 1 < f.count {
            var j = i
            while j < f.count && j - i < 3 && Lexicon.placeAbbreviations[f[j]] != nil { j += 1 }
            let before = i > 0 ? f[i - 1] : 0
            if j - i > 2 { i = j; continue }  // 粵港澳: the three places together, not a pair
            guard j - i == 2, !(CharacterClass.isHan(before) && Lexicon.placeAbbreviations[before] == nil && !Self.leftStops.contains(before)), doc.word(from: Lexicon.abbreviationFollowers, at: j) != nil else { i += 1; continue }
            for k in i..<j {
                guard let id = Lexicon.placeAbbreviations[f[k]], let index = knowledge.catalogIndex(id: id) else { continue }
                candidates.append(Candidate(start: k, end: k + 1, ref: .catalog(index), rule: "place-abbreviation", priority: 2))
            }
            i = j
        }
    }
}

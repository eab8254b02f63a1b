import NewsGraphText

/// Word lists the recognisers and relation rules read. Folded (script- and case-insensitive).
enum Lexicon {
    static func folded(_ words: [String]) -> [[UInt32]] { words.map(ScriptFolding.fold).sorted { $0.count > $1.count } }
    static func set(_ words: String) -> Set<UInt32> { Set(words.unicodeScalars.map { ScriptFolding.fold($0.value) }) }

    /// Common Chinese surnames (single-character), folded.
    static let surnames: Set<UInt32> = set("李王張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾肖田董袁潘于蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯岑麥霍甘鄺曾駱葛溫翁伍柯洪鄔關阮冼黃區植利岳聶祝巫饒鮑單幸卓藍屈翟凌倪闞殷童容龐樊喬滕竇蒙晏詹邢褚俞耿鞏湛鄂裘")
    /// Double surnames, folded.
    static let doubleSurnames = WordList(folded(["歐陽", "司徒", "上官", "諸葛", "東方", "皇甫", "尉遲", "公孫", "慕容", "司馬", "夏侯", "令狐", "長孫"]))

    /// Characters that never start or continue a given name (they follow names in running text).
    /// Stop characters that never open a given name (grammar words, punctuation).
    static let hardNameStop: Set<UInt32> = set("表示指出稱說在於與和及的、，。：；！？「」『』（）()《》等到向對為是將已曾亦也都則並又就被把由從以之其率出任了當")
    /// 今日, 昨日 …: time words that often follow a name.
    static let timeWords: Set<UInt32> = set("今昨早近明")
    static let nameStop: Set<UInt32> = set("表示指出稱說在於與和及的、，。：；！？「」『』（）()《》等到向對為是會將已曾亦也都則並又就被把由從以之其率出任了當今昨早近前後上下內外年月日時分局署處長主席員一二三四五六七八九十百千萬亦更最很再均")

    /// Role and title words that come right before or after a person's name (longest first).
    static let roles = WordList(folded([
        "常任秘書長", "副行政長官", "行政長官", "政務司司長", "財政司司長", "律政司司長", "副司長", "司長", "副局長", "局長", "副署長", "署長", "副處長", "處長",
        "副主席", "主席", "總理", "副總理", "國家主席", "總書記", "副部長", "部長", "副主任", "主任", "副書記", "書記", "副省長", "省長", "副市長", "市長",
        "行政總裁", "副總裁", "總裁", "董事長", "董事總經理", "總經理", "首席執行官", "執行董事", "非執行董事", "董事", "秘書長", "委員長", "委員", "議員", "代表", "召集人",
        "總監", "副院長", "院長", "副校長", "校長", "會長", "理事長", "總幹事", "主管", "專員", "大使", "總領事", "領事", "警務處處長", "法官", "首席法官", "創辦人", "創始人", "行政總監", "執行總監",
        "記者", "評論員", "責編", "美編", "編輯", "主編", "特約評論員", "作者", "社長", "總編輯", "成員", "會員",
    ]))
    /// Roles that mean membership rather than holding a post.
    static let membershipRoles: Set<[UInt32]> = Set(folded(["委員", "議員", "代表", "成員", "會員"]))
    /// Roles of people writing or editing the text (bylines and credits).
    static let bylineRoles: Set<[UInt32]> = Set(folded(["記者", "評論員", "特約評論員", "作者", "責編", "美編", "編輯", "主編"]))
    static let authorRoles: Set<[UInt32]> = Set(folded(["記者", "評論員", "特約評論員", "作者"]))

    /// Words after a name that confirm a person (speech verbs and honorifics).
    static let personFollowers = WordList(folded(["表示", "指出", "稱", "說", "认为", "認為", "強調", "透露", "坦言", "解釋", "補充", "回應", "博士", "先生", "女士", "教授", "議員", "局長", "署長", "主席", "致辭", "會見", "會面", "率團", "攝"]))

    /// Head words that end an organisation name.
    static let organizationHeads = WordList(folded([
        "有限公司", "股份有限公司", "公司", "集團", "銀行", "大學", "學院", "研究院", "研究所", "研究中心", "研發中心", "中心", "委員會", "理事會", "協會", "學會", "商會", "總會", "聯會", "基金會", "工會",
        "管理局", "事務局", "局", "署", "辦公室", "辦事處", "辦", "部", "廳", "處", "法院", "醫院", "交易所", "聯盟", "黨", "組織", "機構", "基金", "分行", "支行",
    ]))
    /// Head words that end a policy name inside 「」 or 《》.
    static let policyHeads = WordList(folded([
        "計劃", "政策", "措施", "規劃", "方針", "戰略", "策略", "條例", "法例", "協定", "協議", "安排", "報告", "行動", "方案", "綱要", "藍圖", "倡議", "法", "憲章", "獎學金", "基金", "通行證", "制度", "決定", "意見", "規定", "辦法", "框架", "白皮書", "施政報告", "預算案",
    ]))
    /// Head words that end an event name.
    static let eventHeads = WordList(folded(["會議", "大會", "峰會", "論壇", "運動會", "博覽會", "展覽會", "開幕會", "全會", "會談", "聯席會議", "選舉", "典禮", "晚會", "節"]))
    /// Head words that end a place name (stations, lines, districts, zones).
    static let placeHeads = WordList(folded(["站", "線", "延線", "口岸", "新市鎮", "新區", "示範區", "合作區", "試驗區", "自貿區", "開發區", "工業邨", "科技園", "產業園"]))

    /// Verbs for relation rules, folded.
    static let issueVerbs = WordList(folded(["發表", "公布", "公佈", "推出", "發布", "發佈", "頒布", "頒佈", "制定", "提出", "簽署", "宣布", "宣佈", "出台"]))
    static let attendVerbs = WordList(folded(["列席", "出席", "參加", "參與", "主持", "共同主持", "率團出席", "講話", "發言", "致辭", "致詞", "演講", "發表講話"]))
    static let basedOnVerbs = WordList(folded(["建基於", "基於", "基于", "採用", "接入"]))
    static let setUpVerbs = WordList(folded(["設立", "成立", "開設", "落戶", "進駐", "註冊", "設有", "位於", "總部設於"]))
    static let cooperationWords = WordList(folded(["合作", "夥伴", "伙伴", "聯動", "攜手", "協同", "共建", "交流"]))
    static let subsidiaryWords = WordList(folded(["子公司", "附屬公司", "全資子公司", "分公司"]))

    /// One-character abbreviations of places used in compounds like 粵港合作, 穗澳合作.
    static let members = WordList(folded(["成員"]))
    static let reportVerbs = WordList(folded(["報道", "報導", "攝", "撰文", "整理"]))
    static let englishSubsidiary = WordList(folded(["subsidiar"]))
    static let englishCooperation = WordList(folded(["partnership", "cooperation", "co-operation", "collaborat", "partner with"]))
    static let hongKongEnglishTitles = WordList(folded(["secretary for", "financial secretary", "chief secretary", "chief executive of the hong kong"]))
    /// Verbs that put the subject into a post named after them (金澤培成為…委員會主席).
    static let appointmentVerbs = WordList(folded(["成為", "出任", "擔任", "獲委任為", "獲委任", "接任", "兼任", "當選", "晉升為", "調任"]))
    /// Held-in verbs before an event (在廣州舉行…會議).
    static let heldVerbs = WordList(folded(["舉行", "舉辦", "召開", "開幕", "主持", "共同主持", "會面", "出席", "會見"]))
    static let including = WordList(folded(["包括"]))
    /// Quantifiers between a known place and a head repeat the place rather than name a new one:
    /// 屯馬線全線 is the whole Tuen Ma Line, 東鐵線沿線 the places along it (unlike 東涌線延線).
    static let headQuantifiers = set("全沿各整該本")
    static let abbreviationFollowers = WordList(folded(["合作", "兩地", "三地", "之間", "雙方", "聯動", "交流", "共同", "聯合", "攜手", "澳合作"]))
    static let lastYear = WordList(folded(["去年", "上年", "last year"]))
    static let companyAnaphors = WordList(folded(["該公司", "公司", "集團", "該集團"]))
    static let cooperationContext = WordList(folded(["合作", "夥伴", "伙伴", "聯動", "攜手", "協同", "共建", "交流", "模式", "聯繫", "對接"]))
    static let leftStopWords = WordList(folded(["公司", "包括", "以及", "成為", "出任", "擔任", "兼任", "位於", "設立", "聯同", "根據", "到訪", "訪問", "參觀", "前往", "率領", "透過", "通過", "代表", "旗下", "屬下", "轄下", "建設", "打造", "推動", "支持", "發展", "建立", "加強", "促進", "協助", "成立", "籌建", "興建", "設立"]))

    /// Organisation heads that end a company's legal name.
    static let corporateHeads = WordList(folded(["集團", "公司", "有限公司", "股份有限公司", "集團有限公司", "控股有限公司", "分公司", "分行", "支行"]))
    static let groupHead = ScriptFolding.fold("集團")
    /// Words that only give a company's legal form (比亞迪股份有限公司 is BYD).
    static let corporateForms: Set<[UInt32]> = Set(["股份", "控股", "集團", "科技"].map { ScriptFolding.fold($0) })

    /// Verbs whose object is a body: the body after them does not act in the next clause.
    static let objectVerbs = WordList(folded(["成立", "設立", "創立", "推出", "委任", "邀請", "資助", "支持", "收購", "入股", "投資", "聯同", "夥拍", "與", "和", "同", "向", "為"]))

    /// Posts of a party committee, after 委 (區委書記, 市委常委).
    static let partyPosts = WordList(folded(["書記", "副書記", "常委", "委員"]))

    /// "That bureau", "the company": 該 and the head of a body named before.
    static let bodyAnaphors = WordList(folded(["該局", "該署", "該處", "該會", "該部", "該行", "該院", "該校", "該黨", "該公司", "該集團", "該中心"]))

    /// Left stop words that are also nouns naming what a body does, when they come right before its head.
    static let nounsBeforeHeads = WordList(folded(["發展", "建設", "促進"]))

    static let placeAbbreviations: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        for (char, id) in [("粵", "guangdong"), ("港", "hong-kong"), ("澳", "macao"), ("深", "shenzhen"), ("穗", "guangzhou"), ("滬", "shanghai"), ("京", "beijing"), ("珠", "zhuhai"), ("莞", "dongguan"), ("佛", "foshan"), ("琴", "hengqin")] {
            map[ScriptFolding.fold(char.unicodeScalars.first!.value)] = id
        }
        return map
    }()
}

"""Word lists the extraction rules read: cue words of Chinese and English news.

They describe the language (titles, verbs, organisation suffixes), never particular
entities: that is the gazetteer's job.
"""
from __future__ import annotations

# Characters of the standard Chinese transliteration of foreign names (新华社译名表).
# A run made only of them is likely a transliterated name: 弗里德曼, 普罗米修斯.
TRANSLIT = set(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法范菲"
    "费芬丰冯弗福富盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯"
    "科可克肯库夸奎昆拉莱赖兰朗劳乐勒雷蕾里理利丽莉连廉良列林琳凌留柳隆娄卢鲁陆路伦罗洛马玛迈"
    "麦曼芒梅美门蒙孟米密敏明莫墨默姆穆娜纳乃奈南内妮尼宁纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切"
    "琴青琼丘屈萨塞赛桑瑟森沙莎山善尚邵舍申什施史舒斯松宋苏索塔泰坦汤唐陶特滕提田图托瓦万旺威"
    "韦维温沃乌吾伍武西希锡席夏先谢辛欣休修许旭薛雅亚延扬杨姚耶叶伊依因英尤约泽扎詹朱兹佐"
    "翁龙亥珀朵琪黛娅薇蒂罗莎伯尔克斯特曼森逊格茨尤翰霍鲍洛耶兰俄萝芙瑞茜卓嘉璐坤昆烈卜罕侯优素夫娃惠农肖赞廷邓文勃"
)

# Words that end a transliterated run although their characters are in TRANSLIT.
NAME_STOP_SUFFIXES = ("大学", "学院", "公司", "实验室", "研究所", "研究院", "集团", "基金", "奖", "定律")

PERSON_TITLES = (
    "首席执行官", "执行长", "技术长", "行政总裁", "联合创办人", "创办人", "首席技术官", "首席科学家", "首席AI科学家", "首席 AI 科学家", "首席研究官",
    "首席运营官", "首席财务官", "首席产品官", "联合创始人", "创始人", "联合负责人", "负责人",
    "董事长", "总裁", "副总裁", "总经理", "研究员", "研究员", "工程师", "科学家", "研究科学家",
    "记者", "作者", "主编", "教授", "博士", "同事", "前同事", "分析师", "投资人", "合伙人",
    "员工", "主管", "高管", "掌门人", "CEO", "CTO", "COO", "CFO", "CPO", "VP", "总监", "经理", "产品经理",
    "架构师", "之一",
)

# Titles that make their holder the head of the organisation (LEADS); a CTO or a vice
# president works there without heading it.
HEAD_TITLES = (
    "首席执行官", "执行长", "行政总裁", "院长", "所长", "主任", "Chief Executive Officer", "chief executive", "首席科学家", "首席AI科学家", "首席 AI 科学家", "联合负责人", "负责人",
    "董事长", "总裁", "总经理", "掌门人", "掌舵人", "一把手", "领导人", "领导者", "主席", "CEO", "管理合伙人", "创始合伙人",
    "Chief Executive", "Chief Scientist", "chief executive", "chief scientist", "首席科学官",
    "社长", "会长", "董事会议长",  # Japanese and Korean companies' heads
    "理事长",  # an institute's or a foundation's chair: 理研理事长
    "董事经理",  # a managing director, as Malaysia and Hong Kong call the head
)

# the arrows of a list of moves: "Owen Tsai:Apple → MSL"
ARROWS = r"(?:→|->|—>|⟶|➡|➔|=>|⇒|－>)"

# Korean family names as romanised, to read the length of a name in hanja from its romanisation
KOREAN_SURNAMES_ROMANISED = set("""
Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Kwon
Hwang Ahn An Song Jeon Jun Hong Yoo Yu Ko Goh Moon Mun Yang Son Bae Baek Paik Heo Huh Nam Sim Shim Noh Roh Ha Kwak
Sung Seong Cha Joo Ju Woo Min Ryu Yoo Na Jin Chin Ji Pyo Ham Byun Byeon Eom Um Won Chae Cheon Bang Gong Kong Hyun
Namgung Jegal Seonwoo Hwangbo Dokgo Sagong
""".split())
KOREAN_DOUBLE_SURNAMES = {"Namgung", "Jegal", "Seonwoo", "Hwangbo", "Dokgo", "Sagong"}

# Common Chinese surnames (百家姓, the most frequent ones), to read native names.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "全河柳秋"  # Korean family names read in Chinese: 河正宇, 全炫宇
    "赖戚凤喻兰连郎漆鄂"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
    "钱严覃武戴莫孔向汤庞殷倪严翟甘齐颜柏毕葛包鲍单尤游季施穆卓凌詹欧聂翁闵柯宁黎岳祝涂伍"
    "房裴左童蒙费常乐储樊练郁俞靳苗项符古舒车华华解宫申滕庄温缪卜鞠蒋晏瞿阮管冉景巫桂尚"
    "柴邢盛焦栾安易蔺骆宗霍边虞丛查巴娄容关屈仇匡强耿麦邝冼区岑甄植饶鄢揭"
    "洪乔简纪萧辛米荣晋桑牛蓝邬窦寇薄闻阎刁冷訾鲁卫蒲褚璩佟芦钮封奚隋苟糜辜祁牟阙阚荆栗朴权禹池卞芮")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙")
NAMING_WORDS = ("名为", "叫做", "代号", "称为", "命名为", "名叫", "取名")
# Words that follow a name and so end it (庞若鸣表示, 林嘉禾宣布).
NAME_END_WORDS = ("掌舵", "执掌", "带队", "统领", "牵头", "主导", "表示", "宣布", "介绍", "坦言", "直言", "强调", "解释", "回忆", "提到", "告诉", "分享", "补充", "认为", "指出", "透露", "说", "称", "将", "已", "也", "曾", "在", "于",
                  "是", "的", "和", "与", "及", "等", "加入", "加盟", "离开", "出任", "担任", "领导", "共同", "一起", "一同", "早年", "先后",
                  "带领", "负责", "创立", "创办", "此前", "目前", "博士", "教授", "（", "(", "，", ",",
                  "。", "、", "；", "：", ":", " ")

COMPANY_SUFFIX_WORDS = {
    "AI", "Labs", "Lab", "Research", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Capital",
    "Ventures", "Partners", "Technologies", "Technology", "Systems", "Superintelligence",
    "Robotics", "Combinator", "Analytics", "Media", "Studios", "Foundation", "Group",
    "Holdings", "Computing", "Networks", "Intelligence", "Platforms", "Dynamics", "Software",
    "Semiconductor", "Cloud", "News", "Times", "Post", "Journal", "Review", "Compute", "Energy",
    "Capital", "Fund", "Bank", "Motors", "Electronics", "Labs.", "Company", "Co.", "LLC", "Ltd", "Institute", "Laboratory",
    "Securities", "Markets", "Investments", "Management", "Asset", "Trading", "International", "Telecom", "Games", "Pictures", "Entertainment",
}

# Common English given names: an unknown "Given Family" pair starting with one is a person.
GIVEN_NAMES = set("""
Aaron Adam Adrian Aidan Alan Albert Alex Alexander Alexandr Alexandra Alice Alicia Allen Amanda Amy Andrea
Andrew Andrej Andy Angela Anna Anne Anthony Arthur Ashley Barbara Barret Ben Benjamin Beth Bill Bob Brad
Brandon Brian Bruce Carl Carlos Caroline Catherine Charles Charlie Chris Christian Christina Christopher
Claire Colin Craig Dan Daniel Dario Dave David Dennis Diana Diane Donald Doug Douglas Dylan Ed Edward
Elena Eli Elizabeth Ellen Elon Emily Emma Eric Erik Ethan Eva Evan Frank Fred Gary George Grace Greg
Gregory Hannah Harry Helen Henry Hugo Ian Igor Ilya Isaac Jack Jacob Jake James Jan Jane Jason Jeff
Jeffrey Jennifer Jensen Jeremy Jerry Jessica Jim Joan Joe John Jonathan Jordan Jose Joseph Josh Joshua
Julia Julian Justin Karen Karl Kate Katherine Keith Kelly Kevin Kim Kyle Larry Laura Lauren Lee Leo Lily
Linda Lisa Liz Logan Lucas Luke Marc Marcus Maria Marie Mark Martin Mary Matt Matthew Max Maya Megan
Melissa Michael Michelle Mike Mira Mustafa Nat Nathan Neil Nick Nicholas Nicole Noah Noam Oliver Olivia
Oscar Pat Patrick Paul Peter Philip Rachel Ralph Randy Ray Rebecca Richard Rick Rob Robert Robin Roger Ross
Ryan Sam Samuel Sandra Sarah Satya Scott Sean Sebastian Sergey Shane Sharon Simon Sophia Stephen Steve
Steven Sundar Susan Thomas Tim Timothy Todd Tom Tony Tyler Victor Victoria Vincent Walter Wayne Will
William Yann Zach Zoe Demis Dmitri Ivan Anton Pieter Lukas Jakob Jonas Felix Hans Marco Luca Giovanni
Pierre Jean Louis Francois Rahul Arjun Ravi Priya Anil Sanjay Vikram Raj Amit Karan Karandeep Aravind
Jimmy Kaylin Karol Mati Naveen Ali Brett Llion Aidan Joelle Misha Ioannis Koray Fidji Cristobal
Shane Ilya Lilian Yoshua Geoffrey Fei Kai Jan Wojciech Mikhail Nikita Andrei Greg Mira Jakub Noam
Abigail Abhishek Adele Adriana Agnes Ahmed Aisha Akira Alberto Alejandro Aleksandr Alessandro Alexei Alexis Alfred Alina
Alison Amelia Amir Ana Anand Anders Andres Angelo Anika Anita Anjali Ankit Ansel Antoine Antonio Anya Aparna Ariana Arnav
Arnold Aryan Ashish Asher Astrid Audrey Austin Ava Axel Ayesha Barry Beatrice Benedict Bernard Bianca Bjorn Blake Boris
Bradley Brenda Bret Brittany Bruno Caitlin Calvin Cameron Camila Carla Carmen Carol Carolyn Casey Cassandra Cathy Cecilia
Cedric Celine Chad Chandra Chelsea Cheryl Chloe Christine Christoph Cindy Claudia Clara Clay Clement Clifford Connor Conor
Constance Corey Cynthia Damian Damien Dana Daniela Danielle Darius Darren Deborah Deepak Delphine Denise Derek Devin Dhruv
Dieter Dimitri Dominic Dominik Donna Dorothy Duncan Eduardo Edwin Eileen Elaine Elias Elijah Elise Eliza Ella Ellie Elliot
Emil Emilia Emilio Emmanuel Enrique Erica Erin Ernest Esther Eugene Evelyn Fabian Fabio Farah Farhan Fatima Felipe Fernando
Fiona Florian Frances Francesca Francesco Francis Franz Gabriel Gabriela Gabrielle Gautam Gavin Gemma Georg Gerald Gerard
Gianluca Gideon Gilbert Gina Giulia Gloria Gordon Graham Gustavo Hamid Hannes Hanna Harold Harrison Harvey Hassan Hector
Heidi Heinrich Helena Henrik Hiroshi Hideo Holly Howard Hussein Ibrahim Ines Ingrid Irene Iris Isabel Isabella Isabelle
Ishaan Ivy Jacqueline Jacques Jaime Jamal Janet Janice Jared Jasmine Javier Jay Jayden Jean-Luc Jeanne Jenna Jenny Jeremiah
Jesse Jesus Jill Joanna Jocelyn Joel Johan Johannes Jonah Jorge Josef Josephine Joy Juan Judith Judy Jules Julie Juliet
Julio Jun Kamal Karim Karina Kasper Katarina Kathleen Katie Kaveh Kavya Keiko Kelvin Ken Kenji Kenneth Kenta Khalid Kieran
Kirsten Klaus Krishna Kristen Kurt Lakshmi Lara Lars Laurence Laurent Lawrence Layla Leah Leila Leon Leonard Leonardo Leslie
Liam Lina Lionel Lorenzo Lucia Luis Luisa Lydia Madeleine Madison Magnus Mahmoud Malcolm Manuel Marcel Marcelo Marek Margaret
Mariana Marina Mario Marisa Marissa Marta Martha Martina Mason Mateo Mathieu Matthias Maurice Maxime Melanie Mia Miguel Mila
Milan Miles Miriam Mitchell Mohamed Mohammad Mohammed Monica Morgan Moritz Muhammad Nadia Naomi Natalia Natalie Natasha Neha
Nelson Niall Niklas Nikhil Nikolai Nils Nina Nora Norman Olga Omar Orlando Otto Owen Pablo Pamela Paola Pascal Patricia
Paula Pedro Penelope Petra Phil Phillip Pooja Prakash Pranav Preston Rafael Rahim Ramesh Raphael Rashid Raymond Reza Ricardo
Riccardo Roberto Rodrigo Rohan Roland Roman Ronald Rosa Ruben Rupert Ruth Sabrina Sadiq Safra Sahil Salma Salvatore Samantha
Samir Sanjeev Santiago Sara Sasha Saul Serena Sergio Seth Shankar Sheila Shirley Shreya Siddharth Silvia Simone Sofia Soren
Soumith Spencer Stefan Stefano Stella Stuart Sunil Suresh Sylvia Takeshi Tamara Tanya Tara Teresa Terry Thea Theo Theodore
Tobias Tomas Tomasz Travis Trevor Tristan Ulrich Uma Umar Valentina Valerie Vanessa Varun Vera Veronica Viktor Vivek Vladimir
Wei Wendy Wesley Whitney Xavier Yasmin Yusuf Yuki Yuri Yusuke Yvonne Zachary Zainab Zara
""".split())
# Pinyin family names: "Zhifeng Chen", "Chen Zhifeng".
PINYIN_SURNAMES = set("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song
Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
Yao Jin Qian Fan Shi Zhai Bi Pang Weng Qiu Jia Xia Fu Fang Bai Zou Meng Xiong Qin Yin Xue Yan Duan Lei Hou
Long Tao Li Gu Mao Hao Gong Shao Wan Qi Yi Zhong Tan Lai Kong Mo Niu Ning Ouyang Ge Lam Chan Wong Cheung Leung
Mak Chow Lau Ho Ng Tsang Yip Kwok Lee Fung Siu Chiu Choi Tse Yeung Kwan Lo Hui Poon Szeto Au
""".split())

# Cue words right before an unknown name that make it an organisation.
COMPANY_CUES_BEFORE = ("任职于", "就职于", "供职于", "效力于", "初创", "新创", "创企", "巨头", "创办的", "创立的", "联合创办的", "联合创立的", "创办了", "创立了", "创建了", 
    "公司", "创业公司", "初创公司", "初创企业", "独角兽", "投资机构", "风险投资公司", "风投",
    "孵化器", "加速器", "研究机构", "实验室", "媒体", "杂志", "网站", "平台", "基金", "机构",
    "公众号", "科技媒体", "外媒", "据", "入股", "投资了", "收购", "收购了", "领投", "开发商", "供应商",
    "运营商", "云服务商", "厂商", "合作伙伴", "对手", "领导", "执掌", "掌舵", "加入", "加盟", "跳槽至", "离开",
)
# Cue words right after an unknown name that make it an organisation.
COMPANY_CUES_AFTER = ("执行长", "行政总裁", "创办人", "董事长", "总裁", "技术长", "首席技术官", "副总裁", "技术副总裁",
                      "负责人", "原负责人", "前负责人", "由",
                      "高管", "研究院", "掌门人", 
    "公司", "的CEO", "CEO", "的首席", "首席", "的创始人", "创始人", "的联合创始人", "联合创始人",
    "报道", "报导", "杂志", "消息", "团队", "实验室", "旗下", "的研究员", "研究员", "的工程师",
    "的员工", "员工", "总部", "的估值", "估值", "融资", "的投资", "官方", "官宣", "发言人",
    "的一位发言人", "股价", "上市",
)
# Cue words around an unknown English name that make it a person.
PERSON_CUES_BEFORE = PERSON_TITLES + ("research lead", "lead", "co-founder", "cofounder", "founder",
                                      "researcher", "engineer", "scientist", "manager", "director",
                                      "head of research", "partner", "同事", "搭档", "大神", "大佬", "好友", "前员工", "成员", "作者")
PERSON_CUES_AFTER = (
    "将加入", "也将加入", "加入", "加盟", "跳槽", "表示", "说", "称", "认为", "指出", "透露",
    "曾", "在20", "于20", "离开", "离职", "出任", "担任", "接任", "升任", "转任", "毕业", "本科", "博士", "是一位", "是一名",
    "转投", "暂代", "卸任", "辞去", "辞任", "宣布卸任", "宣布离职", "宣布辞",
)

CLUSTER_CUES = ("集群", "丛集", "超级电脑", "资料中心", "超算中心", "数据中心", "超算", "超级计算机", "算力中心", "智算中心", "超级集群",
                "算力平台", "超节点", "计算中心",
                "cluster", "Cluster", "data center", "datacenter", "supercomputer", "Supercomputer")

MODEL_CUES = ("模型", "大模型", "model", "Model", "LLM", "发布", "推出", "开源", "训练", "基准",
              "benchmark", "参数", "上下文", "推理")

# chips a cluster is built of, which name neither a model nor a cluster (Blackwell集群)
CHIP_NAMES = {"Blackwell", "Hopper", "Rubin", "Ampere", "DGX", "HGX", "NVL", "NVLink", "CUDA", "Grace", "Ascend", "Gaudi",
              "Trainium", "Inferentia", "Maia", "Cobalt", "Ironwood", "Trillium", "Instinct", "MI", "Xeon", "EPYC",
              "Snapdragon", "Exynos", "Tensor", "Kunpeng", "Jetson", "Orin", "Thor", "GPU", "TPU"}

# Tokens that look like a version but name hardware or software, not models.
NOT_MODEL_FAMILIES = {
    "H", "A", "B", "GB", "V", "L", "TPU", "RTX", "GTX", "M", "iPhone", "Windows", "iOS",
    "Android", "PS", "Xbox", "Python", "Web", "USB", "HTTP", "COVID", "Top", "Q", "FY", "CES",
    "WWDC", "G", "Win", "MacBook", "Pixel", "Galaxy", "Int", "Blackwell", "Hopper", "Rubin",
    "Series", "Round", "Day", "Project", "Episode", "Season", "Vol", "No", "Chapter", "Part", "Level", "Stage", "Phase",
    "Tier", "Web3", "GPU", "CPU", "AGI", "AI", "Fortune", "Forbes", "S", "P", "K", "F", "X",
    "Section", "Article", "Boeing", "Airbus", "Model", "Vol", "GTC", "Build", "Computex", "MWC", "IO",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    # benchmarks, not models
    "ARC", "MMLU", "GPQA", "SWE", "AIME", "HumanEval", "MATH", "GSM", "BBH", "HLE", "LMArena", "Arena", "MT",
    "LiveCodeBench", "BrowseComp", "Tau", "OSWorld", "MMMU", "CMMLU", "CEval", "C-Eval",
    "FP", "INT", "BF", "TF", "Int",
    # systems, not models
    "Optimus", "Figure", "Atlas", "Dojo",
} | CHIP_NAMES
MODEL_VARIANT_WORDS = {
    "pro", "mini", "max", "flash", "turbo", "preview", "ultra", "lite", "plus", "nano", "instruct",
    "chat", "coder", "vision", "omni", "reasoner", "thinking", "sonnet", "opus", "haiku", "exp",
    "experimental", "heavy", "high", "low", "large", "medium", "small", "base", "deep", "research", "online", "realtime", "moe",
}

# Latin words that never start or make up a name on their own.
LATIN_STOPWORDS = {
    "The", "A", "An", "In", "On", "Of", "And", "Or", "For", "To", "At", "By", "With", "All",
    "AI", "AGI", "GPU", "GPUs", "CPU", "TPU", "API", "UI", "ID", "CEO", "CTO", "COO", "CFO",
    "VP", "PhD", "TL", "DR", "TL;DR", "OK", "Capex", "CapEx", "IPO", "MoE", "LLM", "RL", "GW", "Apache",
    "MW", "Personal", "Super", "Intelligence", "Superintelligence", "Token", "Case", "Int4",
    "Demo", "App", "Apps", "Open", "Source", "I", "We", "You", "He", "She", "It", "They", "AIGC",
    "AR", "VR", "XR", "SaaS", "IT", "Benchmark", "Benchmarks", "Transformer", "Scaling", "Law",
    "EDA", "HBM", "ASIC", "NPU", "SoC", "HPC", "IDC", "AIDC", "DRAM", "NAND", "PUE", "SDK", "RAG", "ESG", "BU", "BG",
    "Robotaxi", "RoboTaxi", "ADAS", "NOA", "OTA", "TOPS",
}

TITLE_WORDS_LATIN = {"CEO", "CTO", "COO", "CFO", "CPO", "VP", "Head", "Chief", "Scientist", "Officer",
                     "President", "Director", "Founder", "Co-founder", "Cofounder", "Researcher",
                     "Engineer", "Chairman", "Chairwoman", "Executive", "Partner", "Lead", "Former"}

ORG_UNIT_WORDS = ("研究团队", "实验室", "团队", "部门", "研究院", "事业部", "研究部", "实验室们")
# Unit descriptors that name the parent itself (FAIR研究团队 is FAIR).
SELF_DESCRIPTORS = {"", "研究", "研发", "ai", "人工智能", "核心", "整个", "原有的", "原"}
GENERIC_DESCRIPTORS = {"产品", "产品开发", "模型", "大模型", "基础设施", "工程", "招聘", "销售", "市场", "大部分",
                       "部分", "全部", "整个", "一些", "多个", "核心", "新", "原", "这支", "该", "新的",
                       "技术", "算法", "数据", "安全", "法务", "公关", "设计", "运营", "硬件"}

# descriptor translations, so that Meta超级智能实验室 and Meta Superintelligence Labs meet
DESCRIPTOR_GLOSSARY = {
    "superintelligence": "超级智能", "超智能": "超级智能", "super intelligence": "超级智能",
    "超级智慧": "超级智能", "超智慧": "超级智能", "foundation models": "基础模型", "foundation model": "基础模型",
    "fundamental ai research": "基础人工智能研究", "reality": "现实",
}

BUILD_VERBS = (
    "建设", "建造", "兴建", "打造", "推出", "发布", "训练", "开发", "研发", "开源", "上线", "自建", "运维", "点亮", "土建",
    "部署", "运营", "营运", "构建", "扩建", "启用", "投产", "落成", "建置", "设计", "建成", "搭建", "更新", "升级", "公布", "预告", "发表", "亮相", "研制",
    "建起", "建了", "训出", "做出", "开建", "改建", "改造", "承建", "共建", "合建", "筹建", "释出",
    "open source", "open-source", "open sources", "open-sources", "open sourced",
    "launched", "launch", "launches", "released", "release", "releases", "ships", "shipped", "trained",
    "built", "builds", "unveiled", "unveils", "introduced", "open-sourced", "推到", "推向",
)
JOIN_VERBS = ("加入", "加盟", "入职", "来到", "跳槽到", "跳槽至", "转投", "转会到", "转会至", "转会", "投奔", "投身", "转战", "回归", "转任", "跳到", "跳至", "跳去", "转到", "转至", "改投",
              "调到", "调入", "调往", "调至", "转岗到", "转岗至", "转入", "去了", "转去", "回流到", "回流至",  # moves inside a group: 从火山引擎调到 Seed
              "joins", "joined", "join")
POACH_VERBS = ("挖走", "挖来", "挖角", "挖到", "招募", "聘请", "延揽", "招揽", "签下", "引入", "聘用", "网罗", "招入",
               "招来", "引进", "请来", "吸纳", "收归旗下", "收入麾下", "招至麾下", "延揽至", "请到", "找来", "拉来", "挖去", "带走", "请回", "招回", "挖回",
               "poached", "poach", "hired",
               "hire", "recruited")
LEAD_VERBS = ("领导", "执掌", "掌舵", "掌管", "带领", "领衔", "统领", "主导", "管理", "领军", "率领", "leads", "led", "runs", "heads")
FOUND_VERBS = ("联合创立", "共同创立", "创立", "创办", "联合创办", "共同创办", "创建", "成立", "co-founded", "founded")
PAST_MARKERS = ("在此之前", "此前", "之前", "在当前职位之前", "加入前", "曾经", "过去", "早年", "原本",
                "曾任", "曾在", "曾于", "曾担任", "曾是")

# Common Japanese family names (folded to simplified), to read 田中邦裕 or 早濑直人(Naoto Hayase).
JAPANESE_SURNAMES = set("""
田中 佐藤 铃木 高桥 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部
石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 金子 冈本
藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 酒井 宫崎 横山 高木 安藤 宫本
大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千叶 岩崎
菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 岛田 水野 樱井 高野 渡部 吉川 山内 西田 饭田 菅野 北村
宫田 川口 西川 宫川 长崎 森本 早濑 藤堂 岸本 大河内 久远寺 小池 黑桥 新居 松冈 北野 星野 浅野 荒木 大桥 细川 稻叶 畑中 秋山
川村 永井 平田 岩田 三木 宫内 神田 土屋 本田 川上 广濑 坂口 松下 石原 樋口 关口 黑田 片山 大久保 川崎 足立 福岛 小松 岸田
安倍 丰田 落合 茂木 宫泽 尾崎 户田 长尾 小泉 野田 鸠山 盐野 冲田 深津 甘利 河合 西野 日高 三宅
中泽 高山 松村 野崎 宫下 泽田 平井 大石 石桥 小西 永田 冈崎 黑川 吉村 中西 堀江 佐伯 时田 长崎 仓持 森川 松原
今村 小仓 片冈 中田 竹田 西山 原口 中井 菊池 荒井 望月 白石 青山 大岛 小田 川田 吉冈 宫城 桑原 内藤 篠原 须藤
北条 丹羽 市村 江口 竹中 三上 五十岚 宇野 冈部 河村 古田 熊谷 大谷 岩井 松永 滨田 北川 上原 丹波 长野 浅田 石黑
""".split())  # two characters or more: one-character ones (林, 森) are Chinese surnames too

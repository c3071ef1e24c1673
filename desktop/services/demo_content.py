"""The texts of the demonstration country, "Republic of Aldavia" (fictional).
Plain data: recommendation topics, hand-written texts in the other UN
languages, agencies and clusters. Used by desktop.services.demo."""

from __future__ import annotations

from dataclasses import dataclass

COUNTRY = "Republic of Aldavia"


@dataclass(frozen=True)
class Topic:
    cluster: str
    lead: str  # agency acronym
    themes: tuple[str, ...]
    sdgs: tuple[str, ...]
    aims: tuple[str, ...]
    details: tuple[str, ...]
    instrument: str | None = None  # a treaty to ratify, if any


# Leading phrases by UPR Info action category (1 minimal ... 5 specific).
# Each takes an infinitive aim ("prevent torture ...").
VERBS: dict[int, tuple[str, ...]] = {
    5: (
        "Adopt legislation to",
        "Amend its legislation to",
        "Establish an independent mechanism to",
        "Adopt a comprehensive national strategy to",
        "Allocate a specific budget line to",
    ),
    4: (
        "Ensure that all necessary measures are taken to",
        "Strengthen its efforts to",
        "Take effective measures to",
        "Promote concrete initiatives to",
        "Guarantee in law and in practice the means to",
    ),
    3: ("Consider adopting measures to", "Examine the possibility of reforms to"),
    2: ("Continue its efforts to", "Pursue its ongoing policies to"),
    1: ("Seek technical assistance from OHCHR to", "Share its good practices on how to"),
}

TOPICS: tuple[Topic, ...] = (
    Topic(
        "Justice, detention and the prevention of torture",
        "MOJ",
        (
            "Prohibition of torture and cruel, inhuman or degrading treatment",
            "Conditions of detention",
        ),
        ("16.3", "16.1"),
        (
            "prevent torture and ill-treatment in all places of deprivation of liberty",
            "reduce overcrowding in prisons and pre-trial detention centres",
            "investigate promptly all allegations of torture by law enforcement officials",
        ),
        (
            "including through unannounced visits by independent monitors",
            "in particular for women and juveniles in detention",
            "and bring perpetrators to justice",
        ),
        "Optional Protocol to the Convention against Torture",
    ),
    Topic(
        "Justice, detention and the prevention of torture",
        "MOJ",
        ("Administration of justice and fair trial", "Right to an effective remedy"),
        ("16.3",),
        (
            "guarantee the independence of the judiciary",
            "improve access to free legal aid for persons living in poverty",
            "reduce the length of pre-trial detention",
        ),
        (
            "in rural and remote areas",
            "in accordance with international standards",
            "with adequate human and financial resources",
        ),
    ),
    Topic(
        "Women's rights and gender equality",
        "MWG",
        ("Violence against women", "Domestic violence"),
        ("5.2", "16.1"),
        (
            "combat domestic and sexual violence against women and girls",
            "provide shelters and support services for survivors of gender-based violence",
            "criminalize marital rape explicitly",
        ),
        (
            "and ensure that perpetrators are prosecuted",
            "including in rural areas",
            "with the participation of women's organisations",
        ),
        "Council of Europe Convention on preventing and combating violence against women",
    ),
    Topic(
        "Women's rights and gender equality",
        "MWG",
        ("Discrimination against women", "Participation of women in political and public life"),
        ("5.1", "5.5"),
        (
            "increase the representation of women in Parliament and decision-making posts",
            "eliminate discriminatory provisions against women in the Civil Code",
            "close the gender pay gap",
        ),
        (
            "including through temporary special measures",
            "by 2027",
            "in the public and private sectors",
        ),
    ),
    Topic(
        "Children's rights",
        "MOE",
        ("Children: definition; general principles; protection", "Juvenile justice"),
        ("16.2", "16.9"),
        (
            "ensure universal and free birth registration",
            "raise the minimum age of criminal responsibility to at least 14 years",
            "prohibit corporal punishment of children in all settings",
        ),
        (
            "including for children of migrants and refugees",
            "and raise public awareness",
            "in line with the Convention on the Rights of the Child",
        ),
        "Optional Protocol to the Convention on the Rights of the Child on a communications "
        "procedure",
    ),
    Topic(
        "Children's rights",
        "MOE",
        ("Access to education", "Right to education - general"),
        ("4.1", "4.5"),
        (
            "guarantee access to inclusive education for all children",
            "reduce school drop-out rates among girls",
            "include human rights education in school curricula",
        ),
        (
            "particularly for children with disabilities",
            "in rural and indigenous communities",
            "at primary and secondary levels",
        ),
    ),
    Topic(
        "Freedom of expression and civic space",
        "MOI",
        ("Freedom of opinion and expression", "Freedom of association"),
        ("16.10",),
        (
            "protect journalists and human rights defenders from harassment and attacks",
            "decriminalize defamation",
            "ensure an enabling environment for civil society",
        ),
        (
            "and investigate all attacks against them",
            "in line with article 19 of the ICCPR",
            "including online",
        ),
    ),
    Topic(
        "Freedom of expression and civic space",
        "MOI",
        ("Right to peaceful assembly",),
        ("16.7", "16.10"),
        (
            "guarantee the right to peaceful assembly",
            "bring the law on public gatherings into line with international standards",
        ),
        (
            "and limit the use of force by police during demonstrations",
            "following consultation with civil society",
        ),
    ),
    Topic(
        "Indigenous peoples and minorities",
        "MOJ",
        ("Indigenous peoples", "Members of minorities"),
        ("10.2", "1.4"),
        (
            "recognise and protect the land rights of indigenous peoples",
            "guarantee free, prior and informed consent of indigenous peoples",
            "combat racial discrimination against minorities",
        ),
        (
            "in extractive and infrastructure projects",
            "through a specific law",
            "with disaggregated data",
        ),
        "Indigenous and Tribal Peoples Convention, 1989 (No. 169) of the ILO",
    ),
    Topic(
        "Health, social protection and poverty",
        "MOH",
        ("Access to health care", "Access to sexual and reproductive health and services"),
        ("3.1", "3.7", "3.8"),
        (
            "reduce maternal mortality",
            "achieve universal health coverage",
            "improve access to sexual and reproductive health services for adolescents",
        ),
        (
            "in rural areas",
            "with a particular focus on vulnerable groups",
            "and allocate sufficient resources",
        ),
    ),
    Topic(
        "Health, social protection and poverty",
        "MOL",
        ("Human rights and poverty", "Right to social security"),
        ("1.2", "1.3", "10.4"),
        (
            "reduce poverty and extreme poverty",
            "extend social protection to workers in the informal economy",
        ),
        ("especially among women-headed households", "in line with the SDGs"),
    ),
    Topic(
        "Labour, migrants and trafficking",
        "MOL",
        ("Prohibition of slavery, trafficking", "Migrants"),
        ("8.7", "10.7", "16.2"),
        (
            "combat trafficking in persons",
            "protect the rights of migrant workers",
            "eliminate child labour",
        ),
        (
            "and provide assistance to victims",
            "including domestic workers",
            "through labour inspections",
        ),
        "International Convention on the Protection of the Rights of All Migrant Workers and "
        "Members of Their Families",
    ),
    Topic(
        "Institutional framework and cooperation",
        "MFA",
        ("National Human Rights Institution (NHRI)", "Cooperation with treaty bodies"),
        ("16.6", "16.a"),
        (
            "bring the national human rights institution into full compliance with the Paris "
            "Principles",
            "submit its overdue reports to the treaty bodies",
            "strengthen the national mechanism for implementation, reporting and follow-up",
        ),
        (
            "and provide it with adequate resources",
            "in a timely manner",
            "with the participation of civil society",
        ),
    ),
    Topic(
        "Environment and climate change",
        "MOH",
        ("Human rights and climate change", "Human rights and the environment"),
        ("13.1", "13.2", "6.1"),
        (
            "adopt a human rights-based approach to climate change adaptation",
            "guarantee access to safe drinking water and sanitation",
        ),
        ("for communities most affected by droughts and floods", "in rural areas"),
    ),
    Topic(
        "Justice, detention and the prevention of torture",
        "MOJ",
        ("Death penalty",),
        ("16.1",),
        ("abolish the death penalty",),
        ("and commute all existing death sentences", "as a first step, establish a moratorium"),
        "Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty",
    ),
)

# Recommending States, by how often they speak in Aldavia's reviews.
STATES: tuple[str, ...] = (
    "Spain",
    "Brazil",
    "Japan",
    "Germany",
    "France",
    "Mexico",
    "Norway",
    "Canada",
    "Chile",
    "Portugal",
    "Argentina",
    "Senegal",
    "Ghana",
    "Australia",
    "Ireland",
    "Italy",
    "Uruguay",
    "Republic of Korea",
    "Philippines",
    "Indonesia",
    "Tunisia",
    "Morocco",
    "Costa Rica",
    "Switzerland",
    "Netherlands (Kingdom of the)",
    "Sweden",
    "Botswana",
    "Namibia",
    "Fiji",
    "Sierra Leone",
    "Peru",
    "Ecuador",
    "Iceland",
    "Belgium",
    "Austria",
    "New Zealand",
)

# Texts in the other UN languages: (mechanism code, language, recommending State or None,
# text, topic index into TOPICS, action category or None).
OTHER_LANGUAGES: tuple[tuple[str, str, str | None, str, int, int | None], ...] = (
    ("UPR", "zh", "China", "继续努力减少贫困，特别是农村地区的贫困，并加强社会保障体系。", 10, 2),
    (
        "UPR",
        "zh",
        "China",
        "进一步加强教育投入，保障所有儿童，包括残疾儿童，享有受教育的权利。",
        5,
        4,
    ),
    ("UPR", "zh", "China", "采取有效措施打击贩运人口行为，并为受害者提供援助。", 11, 4),
    ("UPR", "zh", "China", "继续推进司法改革，加强财政预算对法律援助的支持。", 1, 2),
    ("UPR", "zh", "China", "考虑制定国家气候变化适应战略，保护受干旱和洪水影响的社区。", 13, 3),
    (
        "UPR",
        "ar",
        "Egypt",
        "مواصلة الجهود الرامية إلى تعزيز حقوق المرأة ومكافحة العنف الأسري.",
        2,
        2,
    ),
    (
        "UPR",
        "ar",
        "Saudi Arabia",
        "تعزيز الخدمات الصحية في المناطق الريفية وخفض معدل وفيات الأمهات.",
        9,
        4,
    ),
    ("UPR", "ar", "Qatar", "مواصلة تعزيز التعليم الجيد والشامل لجميع الأطفال.", 5, 2),
    ("UPR", "ar", "Tunisia", "تعزيز المؤسسة الوطنية لحقوق الإنسان وفقاً لمبادئ باريس.", 12, 4),
    ("UPR", "ar", "Algeria", "اعتماد تشريع شامل لمكافحة الاتجار بالأشخاص وحماية الضحايا.", 11, 5),
    (
        "UPR",
        "ru",
        "Russian Federation",
        "Продолжать усилия по защите прав детей и обеспечить всеобщую регистрацию рождений.",
        4,
        2,
    ),
    (
        "UPR",
        "ru",
        "Belarus",
        "Принять национальный план действий по борьбе с торговлей людьми.",
        11,
        5,
    ),
    (
        "UPR",
        "ru",
        "Kazakhstan",
        "Укреплять независимость судебной системы и доступ к бесплатной юридической помощи.",
        1,
        4,
    ),
    (
        "UPR",
        "ru",
        "Uzbekistan",
        "Рассмотреть возможность ратификации Конвенции о защите прав "
        "всех трудящихся-мигрантов и членов их семей.",
        11,
        3,
    ),
    (
        "UPR",
        "es",
        "Paraguay",
        "Adoptar una ley integral contra la discriminación que incluya "
        "todos los motivos prohibidos, incluidas la orientación sexual y la identidad de género.",
        8,
        5,
    ),
    (
        "UPR",
        "es",
        "Colombia",
        "Garantizar la consulta previa, libre e informada de los pueblos "
        "indígenas en los proyectos extractivos.",
        8,
        4,
    ),
    (
        "UPR",
        "es",
        "Cuba",
        "Continuar fortaleciendo los programas sociales para reducir la pobreza extrema.",
        10,
        2,
    ),
    (
        "CRC",
        "es",
        None,
        "El Comité recomienda que el Estado parte prohíba expresamente el castigo "
        "corporal de los niños en todos los entornos, incluido el hogar.",
        4,
        None,
    ),
    (
        "CRC",
        "es",
        None,
        "El Comité recomienda que el Estado parte eleve la edad mínima de "
        "responsabilidad penal a por lo menos 14 años.",
        4,
        None,
    ),
    (
        "CRC",
        "es",
        None,
        "El Comité insta al Estado parte a garantizar el registro gratuito de "
        "todos los nacimientos, en particular en las comunidades indígenas.",
        4,
        None,
    ),
    (
        "CEDAW",
        "fr",
        None,
        "Le Comité recommande à l'État partie d'adopter une loi globale sur la "
        "violence à l'égard des femmes, qui érige expressément le viol conjugal en infraction.",
        2,
        None,
    ),
    (
        "CEDAW",
        "fr",
        None,
        "Le Comité recommande à l'État partie d'adopter des mesures temporaires "
        "spéciales afin d'accroître la représentation des femmes au Parlement.",
        3,
        None,
    ),
    (
        "CEDAW",
        "fr",
        None,
        "Le Comité recommande à l'État partie de garantir l'accès des femmes "
        "rurales et autochtones aux services de santé sexuelle et procréative.",
        9,
        None,
    ),
    (
        "CAT",
        "fr",
        None,
        "Le Comité recommande à l'État partie de réduire la surpopulation "
        "carcérale et de recourir davantage aux mesures non privatives de liberté.",
        0,
        None,
    ),
    (
        "UPR",
        "fr",
        "Senegal",
        "Poursuivre les efforts visant à garantir l'accès à l'eau potable "
        "et à l'assainissement dans les zones rurales.",
        13,
        2,
    ),
    (
        "UPR",
        "fr",
        "Côte d'Ivoire",
        "Renforcer les capacités du mécanisme national chargé de "
        "la mise en œuvre, de l'établissement des rapports et du suivi.",
        12,
        4,
    ),
)

# (name, acronym, kind, focal points: (name, title, email, phone))
AGENCIES: tuple[tuple[str, str, str, tuple[tuple[str, str, str, str], ...]], ...] = (
    (
        "Ministry of Foreign Affairs",
        "MFA",
        "ministry",
        (
            (
                "Amira Haddad",
                "Director, Human Rights Division",
                "a.haddad@mfa.gov.example",
                "+000 21 555 0101",
            ),
            (
                "Tomás Ferreira",
                "NMRF Secretariat Coordinator",
                "t.ferreira@mfa.gov.example",
                "+000 21 555 0102",
            ),
        ),
    ),
    (
        "Ministry of Justice",
        "MOJ",
        "ministry",
        (
            (
                "Grace Mensah",
                "Head of Legal Reform Unit",
                "g.mensah@justice.gov.example",
                "+000 21 555 0201",
            ),
        ),
    ),
    (
        "Ministry of the Interior",
        "MOI",
        "ministry",
        (
            (
                "Pavel Novak",
                "Deputy Director, Police Oversight",
                "p.novak@interior.gov.example",
                "+000 21 555 0301",
            ),
        ),
    ),
    (
        "Ministry of Health",
        "MOH",
        "ministry",
        (
            (
                "Dr. Li Wei",
                "Director of Public Health",
                "li.wei@health.gov.example",
                "+000 21 555 0401",
            ),
        ),
    ),
    (
        "Ministry of Education",
        "MOE",
        "ministry",
        (
            (
                "Sofía Ramírez",
                "Inclusive Education Adviser",
                "s.ramirez@education.gov.example",
                "+000 21 555 0501",
            ),
        ),
    ),
    (
        "Ministry of Labour and Social Protection",
        "MOL",
        "ministry",
        (
            (
                "Kwame Boateng",
                "Chief Labour Inspector",
                "k.boateng@labour.gov.example",
                "+000 21 555 0601",
            ),
        ),
    ),
    (
        "Ministry of Women and Gender Equality",
        "MWG",
        "ministry",
        (
            (
                "Fatima Zahra El Idrissi",
                "Secretary-General",
                "f.elidrissi@gender.gov.example",
                "+000 21 555 0701",
            ),
            (
                "Ana Kovač",
                "Programme Officer, GBV",
                "a.kovac@gender.gov.example",
                "+000 21 555 0702",
            ),
        ),
    ),
    (
        "Department of Prisons",
        "DOP",
        "department",
        (
            (
                "Olusegun Adeyemi",
                "Director of Prison Services",
                "o.adeyemi@prisons.gov.example",
                "+000 21 555 0801",
            ),
        ),
    ),
    (
        "National Statistics Office",
        "NSO",
        "statistics_office",
        (
            (
                "Mei Tanaka",
                "Head of Social Statistics",
                "m.tanaka@stats.gov.example",
                "+000 21 555 0901",
            ),
        ),
    ),
    (
        "National Assembly — Human Rights Committee",
        "PARL",
        "parliament",
        (
            (
                "Hon. Ibrahim Sesay",
                "Committee Chair",
                "i.sesay@parliament.example",
                "+000 21 555 1001",
            ),
        ),
    ),
    (
        "Supreme Court",
        "SC",
        "judiciary",
        (
            (
                "Justice Maria Lindqvist",
                "Registrar",
                "registrar@supremecourt.example",
                "+000 21 555 1101",
            ),
        ),
    ),
    (
        "Aldavian Human Rights Commission",
        "AHRC",
        "nhri",
        (("Nadia Benali", "Commissioner", "n.benali@ahrc.example", "+000 21 555 1201"),),
    ),
    (
        "Coalition for Women's Rights",
        "CWR",
        "civil_society",
        (("Rosa Quispe", "Coordinator", "coord@cwr.example", "+000 21 555 1301"),),
    ),
    (
        "Aldavian Children's Rights Network",
        "ACRN",
        "civil_society",
        (("Daniel Okafor", "Advocacy Officer", "advocacy@acrn.example", "+000 21 555 1401"),),
    ),
    (
        "Association of Local Governments",
        "ALG",
        "local_government",
        (("Elena Petrova", "Policy Adviser", "e.petrova@alg.example", "+000 21 555 1501"),),
    ),
)

CLUSTER_PRIORITIES: dict[str, tuple[str, str]] = {
    "Justice, detention and the prevention of torture": (
        "high",
        "Repeated by the UPR, CAT and CCPR; overcrowding is a risk to life.",
    ),
    "Women's rights and gender equality": (
        "high",
        "CEDAW follow-up procedure; violence against women is rising in statistics.",
    ),
    "Children's rights": ("high", "CRC follow-up due; birth registration gaps block services."),
    "Freedom of expression and civic space": (
        "medium",
        "Legislative reform under way; needs consultation with civil society.",
    ),
    "Indigenous peoples and minorities": (
        "medium",
        "Special Rapporteur's visit; land conflicts in two provinces.",
    ),
    "Health, social protection and poverty": (
        "medium",
        "Linked to the national development plan and SDG reporting.",
    ),
    "Labour, migrants and trafficking": ("medium", "Donor-funded programme available."),
    "Institutional framework and cooperation": (
        "high",
        "Overdue treaty body reports; the NHRI's accreditation review is pending.",
    ),
    "Environment and climate change": ("low", "Covered by the climate adaptation plan."),
}

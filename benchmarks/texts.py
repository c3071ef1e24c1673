"""Synthetic recommendation texts of realistic length in the six UN languages."""

from __future__ import annotations

import random

from desktop.services.demo_content import TOPICS, VERBS

OPENINGS = {
    "fr": (
        "Renforcer les mesures visant à",
        "Adopter une loi pour",
        "Poursuivre ses efforts pour",
        "Envisager de prendre des mesures pour",
        "Garantir en droit et en pratique le droit de",
    ),
    "es": (
        "Adoptar medidas eficaces para",
        "Fortalecer los esfuerzos para",
        "Continuar sus esfuerzos para",
        "Considerar la posibilidad de",
        "Garantizar en la ley y en la práctica el derecho a",
    ),
    "ru": (
        "Принять эффективные меры для того, чтобы",
        "Продолжать усилия, направленные на то, чтобы",
        "Рассмотреть возможность принятия закона, чтобы",
        "Обеспечить на практике право",
    ),
    "zh": ("采取有效措施", "继续努力", "考虑制定法律", "确保在法律和实践中"),
    "ar": (
        "اتخاذ تدابير فعالة من أجل",
        "مواصلة الجهود الرامية إلى",
        "النظر في اعتماد قانون من أجل",
        "ضمان الحق في",
    ),
}
BODIES = {
    "fr": (
        "lutter contre la violence à l'égard des femmes et des filles",
        "garantir l'accès à l'éducation inclusive pour tous les enfants",
        "améliorer les conditions de détention et réduire la surpopulation carcérale",
        "protéger les droits des peuples autochtones sur leurs terres",
        "garantir l'indépendance de l'institution nationale des droits de l'homme",
    ),
    "es": (
        "combatir la violencia contra las mujeres y las niñas",
        "garantizar el acceso a la educación inclusiva de todos los niños indígenas",
        "mejorar las condiciones de detención y reducir el hacinamiento",
        "proteger los derechos de los pueblos indígenas sobre sus tierras",
        "asegurar el registro universal y gratuito de los nacimientos",
    ),
    "ru": (
        "бороться с насилием в отношении женщин и девочек",
        "обеспечить доступ всех детей к инклюзивному образованию",
        "улучшить условия содержания под стражей",
        "защитить права коренных народов на землю",
        "гарантировать независимость национального правозащитного учреждения",
    ),
    "zh": (
        "打击对妇女和女童的暴力行为",
        "保障所有儿童接受全纳教育的权利",
        "改善拘留条件并减少监狱过度拥挤",
        "保护土著人民的土地权利",
        "加强财政预算对社会保障的支持",
        "确保所有儿童免费进行出生登记",
    ),
    "ar": (
        "مكافحة العنف ضد النساء والفتيات",
        "ضمان حصول جميع الأطفال على التعليم الشامل",
        "تحسين ظروف الاحتجاز والحد من اكتظاظ السجون",
        "حماية حقوق الشعوب الأصلية في أراضيها",
        "تعزيز استقلال المؤسسة الوطنية لحقوق الإنسان",
    ),
}
EXTRA_EN = (
    " The State should allocate adequate human, technical and financial resources for this "
    "purpose and report on progress in its next periodic report.",
    " It should do so in close consultation with the national human rights institution and "
    "civil society organisations, including those representing affected groups.",
    " Data disaggregated by sex, age, disability, ethnicity and geographic location should be "
    "collected to monitor implementation.",
)
SEPARATOR = {"zh": "，", "ar": "، ", "fr": ", ", "es": ", ", "ru": ", "}
END = {"zh": "。", "ar": ".", "fr": ".", "es": ".", "ru": "."}


def make_text(rng: random.Random, language: str, treaty: bool) -> tuple[str, int]:
    """A recommendation text and its action category (1-5)."""
    category = rng.choice((1, 2, 2, 3, 4, 4, 4, 5, 5, 5))
    if language == "en":
        topic = rng.choice(TOPICS)
        text = (
            f"{rng.choice(VERBS[category])} {rng.choice(topic.aims)}, {rng.choice(topic.details)}."
        )
        if treaty:
            text = "The Committee recommends that the State party " + text[0].lower() + text[1:]
        for extra in rng.sample(EXTRA_EN, rng.choice((0, 1, 1, 2, 3))):
            text += extra
        return text, category
    sep = SEPARATOR[language]
    parts = [f"{rng.choice(OPENINGS[language])} {rng.choice(BODIES[language])}"]
    for _ in range(rng.choice((1, 2, 3))):
        parts.append(rng.choice(BODIES[language]))
    return sep.join(parts) + END[language], category

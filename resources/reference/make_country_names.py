"""Write each country's name in the five other UN languages into countries.json.

Run by hand after adding a country to ``countries.json`` (the application never
loads Babel for country names; it reads the fields this script writes)::

    .venv/bin/python resources/reference/make_country_names.py

For every entry with an ``iso2`` code it sets ``name_ar``, ``name_es``,
``name_fr``, ``name_ru`` and ``name_zh``. The names are CLDR territory names
(from Babel), except where the entry's English name is the formal name the
United Nations uses (``Republic of Korea``, ``State of Palestine``, ``Bolivia
(Plurinational State of)``…): CLDR gives the everyday name there ("South
Korea", "Palestinian Territories"), so the UN's name in each language (UNTERM)
is written instead, from ``UN_NAMES`` below; ``UN_SPELLINGS`` mends single
names. ``name`` (English) is left as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

FILE = Path(__file__).with_name("countries.json")
LANGUAGES = ("ar", "es", "fr", "ru", "zh")

# The UN's names where CLDR's differ in form: ar, es, fr, ru, zh.
UN_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "BN": (
        "بروني دار السلام",
        "Brunei Darussalam",
        "Brunéi Darussalam",
        "Бруней-Даруссалам",
        "文莱达鲁萨兰国",
    ),
    "BO": (
        "بوليفيا (دولة - المتعددة القوميات)",
        "Bolivia (Estado Plurinacional de)",
        "Bolivie (État plurinational de)",
        "Боливия (Многонациональное Государство)",
        "多民族玻利维亚国",
    ),
    "CD": (
        "جمهورية الكونغو الديمقراطية",
        "República Democrática del Congo",
        "République démocratique du Congo",
        "Демократическая Республика Конго",
        "刚果民主共和国",
    ),
    "CG": ("الكونغو", "Congo", "Congo", "Конго", "刚果"),
    "CI": ("كوت ديفوار", "Côte d'Ivoire", "Côte d'Ivoire", "Кот-д'Ивуар", "科特迪瓦"),
    "CV": ("كابو فيردي", "Cabo Verde", "Cabo Verde", "Кабо-Верде", "佛得角"),
    "FM": (
        "ميكرونيزيا (ولايات - الموحدة)",
        "Micronesia (Estados Federados de)",
        "Micronésie (États fédérés de)",
        "Микронезия (Федеративные Штаты)",
        "密克罗尼西亚联邦",
    ),
    "GB": (
        "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Соединенное Королевство Великобритании и Северной Ирландии",
        "大不列颠及北爱尔兰联合王国",
    ),
    "IR": (
        "إيران (جمهورية - الإسلامية)",
        "Irán (República Islámica del)",
        "Iran (République islamique d')",
        "Иран (Исламская Республика)",
        "伊朗伊斯兰共和国",
    ),
    "KP": (
        "جمهورية كوريا الشعبية الديمقراطية",
        "República Popular Democrática de Corea",
        "République populaire démocratique de Corée",
        "Корейская Народно-Демократическая Республика",
        "朝鲜民主主义人民共和国",
    ),
    "KR": (
        "جمهورية كوريا",
        "República de Corea",
        "République de Corée",
        "Республика Корея",
        "大韩民国",
    ),
    "LA": (
        "جمهورية لاو الديمقراطية الشعبية",
        "República Democrática Popular Lao",
        "République démocratique populaire lao",
        "Лаосская Народно-Демократическая Республика",
        "老挝人民民主共和国",
    ),
    "MD": (
        "جمهورية مولدوفا",
        "República de Moldova",
        "République de Moldova",
        "Республика Молдова",
        "摩尔多瓦共和国",
    ),
    "MM": ("ميانمار", "Myanmar", "Myanmar", "Мьянма", "缅甸"),
    "NL": (
        "هولندا (مملكة -)",
        "Países Bajos (Reino de los)",
        "Pays-Bas (Royaume des)",
        "Нидерланды (Королевство)",
        "荷兰王国",
    ),
    "PS": (
        "دولة فلسطين",
        "Estado de Palestina",
        "État de Palestine",
        "Государство Палестина",
        "巴勒斯坦国",
    ),
    "RU": (
        "الاتحاد الروسي",
        "Federación de Rusia",
        "Fédération de Russie",
        "Российская Федерация",
        "俄罗斯联邦",
    ),
    "SY": (
        "الجمهورية العربية السورية",
        "República Árabe Siria",
        "République arabe syrienne",
        "Сирийская Арабская Республика",
        "阿拉伯叙利亚共和国",
    ),
    "TZ": (
        "جمهورية تنزانيا المتحدة",
        "República Unida de Tanzanía",
        "République-Unie de Tanzanie",
        "Объединенная Республика Танзания",
        "坦桑尼亚联合共和国",
    ),
    "US": (
        "الولايات المتحدة الأمريكية",
        "Estados Unidos de América",
        "États-Unis d'Amérique",
        "Соединенные Штаты Америки",
        "美利坚合众国",
    ),
    "VA": ("الكرسي الرسولي", "Santa Sede", "Saint-Siège", "Святейший Престол", "教廷"),
    "VE": (
        "فنزويلا (جمهورية - البوليفارية)",
        "Venezuela (República Bolivariana de)",
        "Venezuela (République bolivarienne du)",
        "Венесуэла (Боливарианская Республика)",
        "委内瑞拉玻利瓦尔共和国",
    ),
    "VN": ("فييت نام", "Viet Nam", "Viet Nam", "Вьетнам", "越南"),
}

# Single names where CLDR abbreviates ("о-ва", "ОАЭ") or the UN spells otherwise.
UN_SPELLINGS: dict[tuple[str, str], str] = {
    ("AE", "ru"): "Объединенные Арабские Эмираты",
    ("MH", "ru"): "Маршалловы Острова",
    ("SB", "ru"): "Соломоновы Острова",
    ("SC", "ru"): "Сейшельские Острова",
    ("TL", "ar"): "تيمور - ليشتي",
    ("TL", "fr"): "Timor-Leste",
    ("TL", "ru"): "Тимор-Лешти",
}


def country_names(iso2: str) -> dict[str, str]:
    """``iso2``'s name in each of LANGUAGES, by ``name_<language>`` field."""
    if iso2 in UN_NAMES:
        return {f"name_{lang}": n for lang, n in zip(LANGUAGES, UN_NAMES[iso2], strict=True)}
    names = {}
    for language in LANGUAGES:
        name = UN_SPELLINGS.get((iso2, language)) or Locale.parse(language).territories.get(iso2)
        if not name:
            raise SystemExit(f"{FILE.name}: CLDR has no {language} name for {iso2}")
        names[f"name_{language}"] = name.replace("&", _and(language))
    return names


def _and(language: str) -> str:
    return {"ar": "و", "es": "y", "fr": "et", "ru": "и", "zh": "和"}[language]


def main() -> None:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    countries = []
    for item in data["countries"]:
        kept = {k: v for k, v in item.items() if not k.startswith("name_")}
        aliases = kept.pop("aliases", None)
        if kept.get("iso2"):
            kept.update(country_names(str(kept["iso2"]).upper()))
        if aliases is not None:
            kept["aliases"] = aliases
        countries.append(kept)
    data["countries"] = countries
    FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{FILE.name}: names in {', '.join(LANGUAGES)} for {len(data['countries'])} countries")


if __name__ == "__main__":
    main()

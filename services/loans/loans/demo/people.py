"""Made-up young entrepreneurs: plausible names, places and valid (checksummed) ID-card numbers."""

from datetime import date, timedelta

from chassis.counties import county_name
from chassis.identity_numbers import id_card_check_char

SURNAMES = "陈黄李张林刘何罗邓梁吴朱欧冯谢钟曾"
GIVEN = ["志强", "小龙", "丽娟", "海燕", "建华", "伟明", "晓彤", "家豪", "秋萍", "国栋", "文静", "振宇", "春梅",
         "俊杰", "嘉欣", "永康", "美玲", "子轩", "桂芳", "锦华"]
# Towns and villages per county (the report's villages among them).
PLACES = {
    "441802": [("飞来峡镇", "江口村"), ("源潭镇", "青龙村")],
    "441803": [("太和镇", "坑口村"), ("禾云镇", "高田村")],
    "441821": [("石角镇", "三八村"), ("汤塘镇", "洛洞村")],
    "441823": [("七拱镇", "太平村"), ("黎埠镇", "大莨村")],
    "441825": [("永和镇", "大富村"), ("太保镇", "欧家村")],
    "441826": [("三江镇", "大坪村"), ("寨岗镇", "新寨村")],
    "441881": [("连江口镇", "连樟村"), ("浛洸镇", "寨背村")],
    "441882": [("丰阳镇", "畔水村"), ("九陂镇", "黄芒村")],
}


# Who moved the demo applications, named as their tokens would name them in the timeline.
CITY_REVIEWER = "团市委 吴倩"
BANK_SYSTEM = "合作银行信贷系统"


def county_reviewer(county_code: str) -> str:
    return f"{county_name(county_code)}团委 {demo_name(int(county_code[-2:]) + 3)}"


def demo_name(n: int) -> str:
    return SURNAMES[n % len(SURNAMES)] + GIVEN[(n * 7) % len(GIVEN)]


def demo_id_card(n: int, county_code: str) -> str:
    born = date(1985, 1, 1) + timedelta(days=(n * 97) % (365 * 14))  # aged about 21 to 35 in 2020
    first17 = f"{county_code}{born:%Y%m%d}{n % 1000:03d}"
    return first17 + id_card_check_char(first17)


def demo_mobile(n: int) -> str:
    return f"13{(n % 7) + 2}{(n * 7919) % 100_000_000:08d}"

"""The twenty service points of the report's two summers (12 camp villages, eight more for the service teams).

连樟村, 寨背村 and 黄芒村 are the report's villages (the report names the last two by county only, so no town is
recorded); the others are illustrative, in real towns of their counties. Coordinates are approximate: each
village is placed a few kilometres from its county seat (data/qingyuan_counties.csv) for the map, not surveyed.
"""

from chassis.counties import counties

# (county code, town, village, offset from the county seat in hundredths of a degree: north, east)
CAMP_VILLAGES = [
    ("441881", "连江口镇", "连樟村", (-12, -9)),
    ("441881", None, "寨背村", (8, 6)),
    ("441882", None, "黄芒村", (-6, 9)),
    ("441826", "三排镇", "南岗村", (5, -7)),
    ("441826", "三排镇", "油岭村", (7, -4)),
    ("441882", "保安镇", "卿罡村", (-14, 4)),
    ("441823", "黎埠镇", "水井村", (12, 8)),
    ("441825", "永和镇", "大旭村", (-8, 6)),
    ("441821", "迳头镇", "井冈村", (10, 7)),
    ("441803", "浸潭镇", "黄坑村", (24, -6)),
    ("441802", "飞来峡镇", "江口村", (7, 10)),
    ("441881", "九龙镇", "活石村", (-20, -15)),
]
# (year, county code, town, village, the team's focus): five camp villages and eight more.
SERVICE_TEAMS = [
    (2019, "441881", "连江口镇", "连樟村", "乡村旅游与农产品电商"),
    (2019, "441881", None, "寨背村", "特色种植与合作社经营"),
    (2019, "441882", None, "黄芒村", "特色养殖与产品销售"),
    (2019, "441881", "英红镇", "锦潭村", "英德红茶品牌推广"),
    (2019, "441882", "丰阳镇", "畔水村", "牛肉干加工与包装"),
    (2019, "441821", "汤塘镇", "新联村", "澳洲坚果种植调研"),
    (2020, "441826", "三排镇", "南岗村", "瑶寨民宿与乡村旅游"),
    (2020, "441882", "保安镇", "卿罡村", "古村文旅策划"),
    (2020, "441823", "杜步镇", "新城村", "农产品直播带货"),
    (2020, "441825", "太保镇", "欧家村", "有机稻米品牌打造"),
    (2020, "441803", "太平镇", "龙湾村", "蔬菜基地数字化管理"),
    (2020, "441802", "源潭镇", "青龙村", "社区团购与农产品上行"),
    (2020, "441826", "寨岗镇", "金坑村", "山地特色农业调研"),
]
EXTRA_OFFSETS = {"锦潭村": (14, -12), "畔水村": (-10, -8), "新联村": (-9, -10), "新城村": (-9, 11),
                 "欧家村": (9, -5), "龙湾村": (-6, 8), "青龙村": (16, 9), "金坑村": (-12, -10)}


def coordinates(county_code: str, village: str) -> tuple[float, float]:
    county = counties()[county_code]
    offset = next((o for _, _, v, o in CAMP_VILLAGES if v == village), None) or EXTRA_OFFSETS[village]
    return round(county.seat_lat + offset[0] / 100, 3), round(county.seat_lon + offset[1] / 100, 3)


def service_points() -> list[tuple[str, str | None, str]]:
    """The twenty villages: (county code, town, village)."""
    points = [(county, town, village) for county, town, village, _ in CAMP_VILLAGES]
    for _, county, town, village, _ in SERVICE_TEAMS:
        if (county, town, village) not in points:
            points.append((county, town, village))
    return points

"""Made-up people for the demo, the same on every run (a seeded random): students and children. No real
person's data is in the demo."""

import random

SURNAMES = "陈李张黄林刘吴邓何罗梁郑谢冯朱曾彭潘钟赖莫卢蔡徐叶"
GIVEN = "晓明华思佳欣雨子涵宇轩文杰婷嘉琪俊豪颖诗雅伟立志秀兰浩然梓萱海燕春霞国强美玲家乐"
UNIVERSITIES = ["华南师范大学", "华南农业大学", "广东工业大学", "广州大学", "暨南大学", "中山大学", "广东第二师范学院",
                "清远职业技术学院", "广东技术师范大学", "韶关学院", "嘉应学院", "广东药科大学"]
# (major, the skills it brings)
MAJORS = [("小学教育", ["tutoring"]), ("美术学", ["art"]), ("临床医学", ["medical"]), ("护理学", ["medical"]),
          ("体育教育", ["sports"]), ("数字媒体技术", ["photography"]), ("农学", ["agriculture"]),
          ("园艺", ["agriculture"]), ("电子商务", ["ecommerce"]), ("市场营销", ["ecommerce"]),
          ("应用心理学", ["psychology"]), ("汉语言文学", ["tutoring"]), ("音乐学", ["art"]),
          ("社会工作", ["psychology"])]
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二"]
RELATIONSHIPS = ["祖母", "祖父", "外祖母", "外祖父", "母亲", "父亲", "姑姑"]
OTHER_HOMETOWNS = ["广州", "深圳", "佛山", "东莞", "韶关", "肇庆", "湛江", "茂名"]


class Names:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)  # noqa: S311  (made-up demo people, not secrets)

    def person(self) -> str:
        return self.random.choice(SURNAMES) + "".join(self.random.sample(GIVEN, self.random.choice((1, 2))))

    def phone(self) -> str:
        return "1" + self.random.choice("3589") + "".join(self.random.choice("0123456789") for _ in range(9))

    def major(self) -> tuple[str, list[str]]:
        major, skills = self.random.choice(MAJORS)
        extra = self.random.sample(["art", "sports", "photography", "tutoring"], self.random.choice((0, 0, 1)))
        return major, sorted(set(skills) | set(extra))

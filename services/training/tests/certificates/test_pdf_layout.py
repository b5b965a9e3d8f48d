from training.certificates.pdf import CLOSING, SONG, _wrap


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "于2020年11月16日参加培训，完成规定课程，成绩合格，准予结业。特发此证。" * 3
    for width in range(120, 400, 7):
        lines = _wrap(text, SONG, 20, width)
        assert "".join(lines) == text
        assert all(line[0] not in CLOSING for line in lines[1:]), (width, lines)

from enum import StrEnum


class LoanUse(StrEnum):
    """What a loan's project is for; a policy version names the uses it subsidises (homestays and rural
    tourism joined planting, livestock and the rest in 2020)."""

    planting = "planting"
    livestock = "livestock"
    processing = "processing"
    ecommerce = "ecommerce"
    homestay = "homestay"
    rural_tourism = "rural_tourism"
    other = "other"

"""scripts/api_compat.py on small synthetic documents: each rule once breaking and once not."""

import copy

import pytest

from .compat_documents import (
    INTEGER,
    LOANS,
    NULL,
    NUMBER,
    STATUS,
    STRING,
    Doc,
    answer,
    changed,
    document,
    ids,
    obj,
    query,
    reading,
    ref,
    writing,
)

# Operations ------------------------------------------------------------------------------------------------------

def test_the_same_document_has_no_breaking_change() -> None:
    assert ids(LOANS, copy.deepcopy(LOANS)) == []


def test_a_removed_path_is_breaking() -> None:
    assert ids(LOANS, document()) == ["removed-operation GET /api/v1/loans/loans"]


def test_a_removed_method_is_breaking_and_a_new_one_is_not() -> None:
    get = LOANS["paths"]["/api/v1/loans/loans"]["get"]
    both, post_only = copy.deepcopy(LOANS), copy.deepcopy(LOANS)
    both["paths"]["/api/v1/loans/loans"]["post"] = get
    post_only["paths"]["/api/v1/loans/loans"] = {"post": get}
    assert ids(LOANS, both) == []
    assert ids(both, post_only) == ["removed-operation GET /api/v1/loans/loans"]


def test_new_paths_are_not_breaking() -> None:
    new = copy.deepcopy(LOANS)
    new["paths"]["/api/v1/loans/banks"] = {"get": {"responses": {"200": answer(obj())}}}
    assert ids(LOANS, new) == []


def test_renaming_a_path_parameter_is_not_breaking() -> None:
    operation = {"parameters": [{"in": "path", "name": "id", "required": True, "schema": STRING}],
                 "responses": {"200": answer(obj())}}
    renamed = {"parameters": [{"in": "path", "name": "loan_id", "required": True, "schema": STRING}],
               "responses": {"200": answer(obj())}}
    assert ids(document({"/api/v1/loans/loans/{id}": {"get": operation}}),
               document({"/api/v1/loans/loans/{loan_id}": {"get": renamed}})) == []


def test_a_success_status_that_changes_is_breaking() -> None:
    new = copy.deepcopy(LOANS)
    responses = new["paths"]["/api/v1/loans/loans"]["get"]["responses"]
    responses["201"] = responses.pop("200")
    assert ids(LOANS, new) == ["removed-response GET /api/v1/loans/loans 200"]


def test_a_removed_answer_media_type_is_breaking_and_an_error_answer_removed_is_not() -> None:
    old = document({"/x": {"get": {"responses": {"200": answer(STRING, "text/csv"), "409": answer(obj())}}}})
    new = document({"/x": {"get": {"responses": {"200": answer(STRING, "application/json")}}}})
    assert ids(old, new) == ["removed-response-media-type GET /x 200 text/csv"]


# Answers' fields -------------------------------------------------------------------------------------------------

def test_a_field_removed_from_an_answer_is_breaking_through_refs_and_arrays() -> None:
    new = changed(LOANS, "components/schemas/LoanRead/properties/status", None)
    assert ids(LOANS, new) == ["removed-response-field GET /api/v1/loans/loans 200 items[].status"]


def test_a_new_answer_field_is_not_breaking() -> None:
    new = changed(LOANS, "components/schemas/LoanRead/properties/county_code", STRING)
    assert ids(LOANS, new) == []


def test_a_field_removed_from_a_nested_object_is_breaking() -> None:
    old = reading(obj(bank=obj(name=STRING, contact=obj(phone=STRING))))
    new = reading(obj(bank=obj(name=STRING, contact=obj())))
    assert ids(old, new) == ["removed-response-field GET /api/v1/loans/loans 200 bank.contact.phone"]


@pytest.mark.parametrize("keyword", ["allOf", "anyOf", "oneOf"])
def test_a_field_removed_from_a_combined_schema_is_breaking(keyword: str) -> None:
    old = reading({keyword: [ref("Loan"), obj(note=STRING)]}, {"Loan": obj(id=STRING, term=INTEGER)})
    new = reading({keyword: [ref("Loan"), obj()]}, {"Loan": obj(id=STRING)})
    assert ids(old, new) == ["removed-response-field GET /api/v1/loans/loans 200 note",
                             "removed-response-field GET /api/v1/loans/loans 200 term"]


def test_a_field_moved_between_combined_schemas_is_not_breaking() -> None:
    old = reading({"allOf": [obj(id=STRING), obj(note=STRING)]})
    new = reading({"allOf": [obj(id=STRING, note=STRING), obj()]})
    assert ids(old, new) == []


def test_a_renamed_component_of_the_same_shape_is_not_breaking() -> None:
    new = copy.deepcopy(LOANS)
    schemas = new["components"]["schemas"]
    schemas["LoansLoanRead"] = schemas.pop("LoanRead")
    schemas["Page_LoanRead_"]["properties"]["items"]["items"] = ref("LoansLoanRead")
    assert ids(LOANS, new) == []


def test_a_field_removed_from_an_error_answer_is_not_breaking() -> None:
    old = document({"/x": {"get": {"responses": {"200": answer(obj()), "404": answer(obj(title=STRING))}}}})
    new = document({"/x": {"get": {"responses": {"200": answer(obj()), "404": answer(obj())}}}})
    assert ids(old, new) == []


def test_a_recursive_schema_is_walked_once_round_its_cycle() -> None:
    old = reading(ref("Node"), {"Node": obj(name=STRING, parent=ref("Node"), children={"type": "array",
                                                                                      "items": ref("Node")})})
    new = reading(ref("Node"), {"Node": obj(parent=ref("Node"), children={"type": "array", "items": ref("Node")})})
    assert ids(old, new) == ["removed-response-field GET /api/v1/loans/loans 200 name"]


def test_a_cycle_of_combinators_ends() -> None:
    schemas = {"A": {"anyOf": [ref("B"), obj(a=STRING)]}, "B": {"anyOf": [ref("A"), obj(b=STRING)]}}
    assert ids(reading(ref("A"), schemas), reading(ref("A"), schemas)) == []


def test_depth_is_bounded() -> None:
    deep: Doc = obj(leaf=STRING)
    for _ in range(200):
        deep = obj(child=deep)
    shallow = copy.deepcopy(deep)
    node = shallow
    for _ in range(200):
        node = node["properties"]["child"]
    del node["properties"]["leaf"]
    assert ids(reading(deep), reading(shallow)) == []  # beyond MAX_DEPTH nothing is promised, nothing crashes


def test_a_field_removed_from_a_map_value_is_breaking() -> None:
    old = reading({"type": "object", "additionalProperties": obj(count=INTEGER, amount=STRING)})
    new = reading({"type": "object", "additionalProperties": obj(count=INTEGER)})
    assert ids(old, new) == ["removed-response-field GET /api/v1/loans/loans 200 *.amount"]


# Enum values -----------------------------------------------------------------------------------------------------

def test_a_removed_enum_value_is_breaking_named_by_its_component() -> None:
    new = changed(LOANS, "components/schemas/ApplicationStatus/enum", ["referred", "disbursed"])
    assert ids(LOANS, new) == ["removed-enum-value components.schemas.ApplicationStatus written_off"]


def test_a_new_enum_value_is_not_breaking_in_an_answer_or_a_request() -> None:
    more = ["referred", "disbursed", "written_off", "settled"]
    assert ids(LOANS, changed(LOANS, "components/schemas/ApplicationStatus/enum", more)) == []
    old = writing(obj(kind={"enum": ["a"], "type": "string"}))
    assert ids(old, writing(obj(kind={"enum": ["a", "b"], "type": "string"}))) == []


def test_a_removed_value_of_a_nullable_enum_is_named_by_its_component() -> None:
    schemas = {"ApplicationStatus": STATUS}
    old = document({"/x": {"get": {"parameters": [query("status", {"anyOf": [ref("ApplicationStatus"), NULL]})],
                                   "responses": {"200": answer(obj())}}}}, schemas)
    new = changed(old, "components/schemas/ApplicationStatus/enum", ["referred"])
    assert ids(old, new) == ["removed-enum-value components.schemas.ApplicationStatus disbursed",
                             "removed-enum-value components.schemas.ApplicationStatus written_off"]


def test_a_removed_inline_enum_value_is_named_by_its_place() -> None:
    old = writing(ref("TransferIn"), {"TransferIn": obj(fail={"enum": ["crash", "refuse"], "type": "string"})},
                  parameters=[query("county", {"enum": ["441802", "441881"], "type": "string"})])
    new = writing(ref("TransferIn"), {"TransferIn": obj(fail={"enum": ["crash"], "type": "string"})},
                  parameters=[query("county", {"enum": ["441802"], "type": "string"})])
    assert ids(old, new) == ["removed-enum-value POST /api/v1/loans/applications query.county 441881",
                             "removed-enum-value components.schemas.TransferIn.fail refuse"]


def test_a_removed_enum_value_in_an_error_answer_is_breaking() -> None:
    def conflict(*states: str) -> Doc:
        return document({"/x": {"get": {"responses": {
            "200": answer(obj()), "409": answer(obj(state={"type": "string", "enum": list(states)}))}}}})

    assert ids(conflict("open", "closed"), conflict("open")) == ["removed-enum-value GET /x 409 state closed"]


def test_a_const_is_an_enum_of_one() -> None:
    old = reading({"oneOf": [obj(kind={"const": "loan"}), obj(kind={"const": "claim"})]})
    new = reading({"oneOf": [obj(kind={"const": "loan"})]})
    assert ids(old, new) == ["removed-enum-value GET /api/v1/loans/loans 200 kind claim"]


def test_a_request_value_newly_restricted_to_an_enum_is_breaking() -> None:
    old, new = writing(obj(kind=STRING)), writing(obj(kind={"type": "string", "enum": ["a"]}))
    assert ids(old, new) == ["new-enum-constraint POST /api/v1/loans/applications body.kind"]
    assert ids(reading(obj(kind=STRING)), reading(obj(kind={"type": "string", "enum": ["a"]}))) == []


# Requests --------------------------------------------------------------------------------------------------------

def test_a_new_required_request_field_is_breaking() -> None:
    old, new = writing(obj(("name",), name=STRING)), writing(obj(("name", "x"), name=STRING, x=STRING))
    assert ids(old, new) == ["new-required-request-field POST /api/v1/loans/applications body.x"]


def test_an_optional_request_field_becoming_required_is_breaking() -> None:
    old, new = writing(obj((), name=STRING)), writing(obj(("name",), name=STRING))
    assert ids(old, new) == ["new-required-request-field POST /api/v1/loans/applications body.name"]


def test_a_new_required_field_in_a_nested_request_object_is_breaking() -> None:
    old = writing(obj(address={"anyOf": [obj(town=STRING), NULL]}))
    new = writing(obj(address={"anyOf": [obj(("village",), town=STRING, village=STRING), NULL]}))
    assert ids(old, new) == ["new-required-request-field POST /api/v1/loans/applications body.address.village"]


def test_a_new_optional_request_field_is_not_breaking() -> None:
    assert ids(writing(obj(name=STRING)), writing(obj(name=STRING, note=STRING))) == []


def test_a_request_field_removed_from_an_open_model_is_not_breaking() -> None:
    assert ids(writing(obj(("name",), name=STRING, note=STRING)), writing(obj(("name",), name=STRING))) == []


def test_a_request_field_removed_from_a_model_refusing_unknown_fields_is_breaking() -> None:
    old = writing(obj(("name",), closed=True, name=STRING, note=STRING))
    new = writing(obj(("name",), closed=True, name=STRING))
    assert ids(old, new) == ["removed-request-field POST /api/v1/loans/applications body.note"]


def test_a_new_required_parameter_is_breaking_and_an_optional_one_is_not() -> None:
    old = writing(obj(), parameters=[query("year", INTEGER)])
    assert ids(old, writing(obj(), parameters=[query("year", INTEGER), query("q", STRING)])) == []
    assert ids(old, writing(obj(), parameters=[query("year", INTEGER), query("x", STRING, required=True)])) == [
        "new-required-parameter POST /api/v1/loans/applications query.x"]
    assert ids(old, writing(obj(), parameters=[query("year", INTEGER, required=True)])) == [
        "new-required-parameter POST /api/v1/loans/applications query.year"]


def test_a_removed_parameter_is_not_breaking() -> None:
    old = writing(obj(), parameters=[query("year", INTEGER, required=True), query("q", STRING)])
    assert ids(old, writing(obj())) == []


def test_a_new_required_body_and_a_removed_request_media_type_are_breaking() -> None:
    old = document({"/x": {"post": {"responses": {"201": answer(obj())}}}})
    new = writing(obj())
    new["paths"] = {"/x": new["paths"]["/api/v1/loans/applications"]}
    assert ids(old, new) == ["new-required-request-body POST /x"]
    form = copy.deepcopy(new)
    form["paths"]["/x"]["post"]["requestBody"]["content"] = {"multipart/form-data": {"schema": obj()}}
    assert ids(new, form) == ["removed-request-media-type POST /x application/json"]


# Types -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "breaking"), [
    (STRING, INTEGER, True),
    (STRING, {"anyOf": [STRING, NULL]}, True),  # an answer that may now be null
    (INTEGER, NUMBER, True),
    (NUMBER, INTEGER, False),
    ({"anyOf": [STRING, NULL]}, STRING, False),
    ({"type": ["string", "null"]}, {"anyOf": [STRING, NULL]}, False),
])
def test_a_type_an_answer_may_now_be_is_breaking(old: Doc, new: Doc, breaking: bool) -> None:
    expected = ["changed-type GET /api/v1/loans/loans 200 amount"] if breaking else []
    assert ids(reading(obj(amount=old)), reading(obj(amount=new))) == expected


@pytest.mark.parametrize(("old", "new", "breaking"), [
    (STRING, INTEGER, True),
    ({"anyOf": [STRING, NULL]}, STRING, True),  # a request that may no longer send null
    (NUMBER, INTEGER, True),
    (INTEGER, NUMBER, False),
    (STRING, {"anyOf": [STRING, NULL]}, False),
    ({"anyOf": [NUMBER, STRING]}, {"anyOf": [NUMBER, STRING, NULL]}, False),
])
def test_a_type_a_request_no_longer_accepts_is_breaking(old: Doc, new: Doc, breaking: bool) -> None:
    expected = ["changed-type POST /api/v1/loans/applications body.amount"] if breaking else []
    assert ids(writing(obj(amount=old)), writing(obj(amount=new))) == expected

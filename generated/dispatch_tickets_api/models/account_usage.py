# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AccountUsage")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class AccountUsage(LazyModel):
    """Usage counters of the account.

    Attributes:
        tickets_this_month (int): Tickets created in the current calendar month.
        tickets_total (int): Tickets created in total.
        brands_count (int): Number of brands.
        plan (AccountUsagePlan | None): The account's plan and its limits.
    """

    tickets_this_month: int
    tickets_total: int
    brands_count: int
    plan: AccountUsagePlan | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tickets_this_month = self.tickets_this_month

        tickets_total = self.tickets_total

        brands_count = self.brands_count

        _plan_value = UNSET if self.plan is None else self.plan
        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(_plan_value, Unset):
            plan = _plan_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticketsThisMonth": tickets_this_month,
                "ticketsTotal": tickets_total,
                "brandsCount": brands_count,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not AccountUsage:  # a subclass of yours: built through its __init__
            return cls._built_from(AccountUsage.from_dict(src_dict))
        d = dict(src_dict)
        account_usage = cls.__new__(cls)
        account_usage._source = d
        account_usage.tickets_this_month = d["ticketsThisMonth"]
        account_usage.tickets_total = d["ticketsTotal"]
        account_usage.brands_count = d["brandsCount"]
        return account_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_plan(d: Mapping[str, Any]) -> AccountUsagePlan | None:
    _plan = d.get("plan", UNSET)
    plan: AccountUsagePlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = AccountUsagePlan.from_dict(_plan)
    return None if isinstance(plan, Unset) else plan


_KNOWN_KEYS = frozenset(
    {
        "ticketsThisMonth",
        "ticketsTotal",
        "brandsCount",
        "plan",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


AccountUsage._readers = {
    "plan": _read_plan,
    "additional_properties": _read_additional_properties,
}


from ..models.account_usage_plan import AccountUsagePlan  # noqa: E402

# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_usage import AccountUsage
    from .account_usage_plan import AccountUsagePlan
    from .api_key import ApiKey
    from .api_key_with_secret import ApiKeyWithSecret
    from .attachment import Attachment
    from .attachment_status import AttachmentStatus
    from .attachment_with_url import AttachmentWithUrl
    from .author_type import AuthorType
    from .brand import Brand
    from .brand_schema import BrandSchema
    from .bulk_action import BulkAction
    from .bulk_action_input import BulkActionInput
    from .bulk_action_result import BulkActionResult
    from .category import Category
    from .category_stat import CategoryStat
    from .category_stats import CategoryStats
    from .comment import Comment
    from .comment_created_payload import CommentCreatedPayload
    from .comment_created_payload_comment import CommentCreatedPayloadComment
    from .company import Company
    from .company_count import CompanyCount
    from .confirm_upload_input import ConfirmUploadInput
    from .create_api_key_input import CreateApiKeyInput
    from .create_brand_input import CreateBrandInput
    from .create_category_input import CreateCategoryInput
    from .create_comment_input import CreateCommentInput
    from .create_customer_input import CreateCustomerInput
    from .create_field_input import CreateFieldInput
    from .create_portal_comment_input import CreatePortalCommentInput
    from .create_portal_ticket_input import CreatePortalTicketInput
    from .create_tag_input import CreateTagInput
    from .create_ticket_input import CreateTicketInput
    from .create_webhook_input import CreateWebhookInput
    from .cursor_pagination import CursorPagination
    from .customer import Customer
    from .customer_count import CustomerCount
    from .customer_page import CustomerPage
    from .customer_sort_field import CustomerSortField
    from .delete_brand_preview import DeleteBrandPreview
    from .entity_type import EntityType
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .field_definition import FieldDefinition
    from .field_definitions_by_entity import FieldDefinitionsByEntity
    from .field_type import FieldType
    from .generate_portal_token_input import GeneratePortalTokenInput
    from .initiate_upload_input import InitiateUploadInput
    from .initiate_upload_result import InitiateUploadResult
    from .json_object import JsonObject
    from .link import Link
    from .mark_as_spam_input import MarkAsSpamInput
    from .merge_tags_input import MergeTagsInput
    from .merge_tickets_input import MergeTicketsInput
    from .portal_attachment import PortalAttachment
    from .portal_attachment_with_url import PortalAttachmentWithUrl
    from .portal_author_type import PortalAuthorType
    from .portal_brand import PortalBrand
    from .portal_comment import PortalComment
    from .portal_initiate_upload_input import PortalInitiateUploadInput
    from .portal_pagination import PortalPagination
    from .portal_ticket import PortalTicket
    from .portal_ticket_detail import PortalTicketDetail
    from .portal_ticket_page import PortalTicketPage
    from .portal_ticket_sort_field import PortalTicketSortField
    from .portal_token import PortalToken
    from .portal_upload_target import PortalUploadTarget
    from .portal_verify_input import PortalVerifyInput
    from .reorder_categories_input import ReorderCategoriesInput
    from .reorder_fields_input import ReorderFieldsInput
    from .send_portal_magic_link_input import SendPortalMagicLinkInput
    from .sort_order import SortOrder
    from .success_response import SuccessResponse
    from .tag import Tag
    from .ticket import Ticket
    from .ticket_created_payload import TicketCreatedPayload
    from .ticket_page import TicketPage
    from .ticket_priority import TicketPriority
    from .ticket_sort_field import TicketSortField
    from .ticket_source import TicketSource
    from .ticket_status import TicketStatus
    from .ticket_updated_payload import TicketUpdatedPayload
    from .update_api_key_scope_input import UpdateApiKeyScopeInput
    from .update_brand_input import UpdateBrandInput
    from .update_category_input import UpdateCategoryInput
    from .update_comment_input import UpdateCommentInput
    from .update_customer_input import UpdateCustomerInput
    from .update_field_input import UpdateFieldInput
    from .update_tag_input import UpdateTagInput
    from .update_ticket_input import UpdateTicketInput
    from .webhook import Webhook
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_envelope import WebhookEnvelope
    from .webhook_event_name import WebhookEventName

_SUBMODULES = {
    "Account": ".account",
    "AccountUsage": ".account_usage",
    "AccountUsagePlan": ".account_usage_plan",
    "ApiKey": ".api_key",
    "ApiKeyWithSecret": ".api_key_with_secret",
    "Attachment": ".attachment",
    "AttachmentStatus": ".attachment_status",
    "AttachmentWithUrl": ".attachment_with_url",
    "AuthorType": ".author_type",
    "Brand": ".brand",
    "BrandSchema": ".brand_schema",
    "BulkAction": ".bulk_action",
    "BulkActionInput": ".bulk_action_input",
    "BulkActionResult": ".bulk_action_result",
    "Category": ".category",
    "CategoryStat": ".category_stat",
    "CategoryStats": ".category_stats",
    "Comment": ".comment",
    "CommentCreatedPayload": ".comment_created_payload",
    "CommentCreatedPayloadComment": ".comment_created_payload_comment",
    "Company": ".company",
    "CompanyCount": ".company_count",
    "ConfirmUploadInput": ".confirm_upload_input",
    "CreateApiKeyInput": ".create_api_key_input",
    "CreateBrandInput": ".create_brand_input",
    "CreateCategoryInput": ".create_category_input",
    "CreateCommentInput": ".create_comment_input",
    "CreateCustomerInput": ".create_customer_input",
    "CreateFieldInput": ".create_field_input",
    "CreatePortalCommentInput": ".create_portal_comment_input",
    "CreatePortalTicketInput": ".create_portal_ticket_input",
    "CreateTagInput": ".create_tag_input",
    "CreateTicketInput": ".create_ticket_input",
    "CreateWebhookInput": ".create_webhook_input",
    "CursorPagination": ".cursor_pagination",
    "Customer": ".customer",
    "CustomerCount": ".customer_count",
    "CustomerPage": ".customer_page",
    "CustomerSortField": ".customer_sort_field",
    "DeleteBrandPreview": ".delete_brand_preview",
    "EntityType": ".entity_type",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "FieldDefinition": ".field_definition",
    "FieldDefinitionsByEntity": ".field_definitions_by_entity",
    "FieldType": ".field_type",
    "GeneratePortalTokenInput": ".generate_portal_token_input",
    "InitiateUploadInput": ".initiate_upload_input",
    "InitiateUploadResult": ".initiate_upload_result",
    "JsonObject": ".json_object",
    "Link": ".link",
    "MarkAsSpamInput": ".mark_as_spam_input",
    "MergeTagsInput": ".merge_tags_input",
    "MergeTicketsInput": ".merge_tickets_input",
    "PortalAttachment": ".portal_attachment",
    "PortalAttachmentWithUrl": ".portal_attachment_with_url",
    "PortalAuthorType": ".portal_author_type",
    "PortalBrand": ".portal_brand",
    "PortalComment": ".portal_comment",
    "PortalInitiateUploadInput": ".portal_initiate_upload_input",
    "PortalPagination": ".portal_pagination",
    "PortalTicket": ".portal_ticket",
    "PortalTicketDetail": ".portal_ticket_detail",
    "PortalTicketPage": ".portal_ticket_page",
    "PortalTicketSortField": ".portal_ticket_sort_field",
    "PortalToken": ".portal_token",
    "PortalUploadTarget": ".portal_upload_target",
    "PortalVerifyInput": ".portal_verify_input",
    "ReorderCategoriesInput": ".reorder_categories_input",
    "ReorderFieldsInput": ".reorder_fields_input",
    "SendPortalMagicLinkInput": ".send_portal_magic_link_input",
    "SortOrder": ".sort_order",
    "SuccessResponse": ".success_response",
    "Tag": ".tag",
    "Ticket": ".ticket",
    "TicketCreatedPayload": ".ticket_created_payload",
    "TicketPage": ".ticket_page",
    "TicketPriority": ".ticket_priority",
    "TicketSortField": ".ticket_sort_field",
    "TicketSource": ".ticket_source",
    "TicketStatus": ".ticket_status",
    "TicketUpdatedPayload": ".ticket_updated_payload",
    "UpdateApiKeyScopeInput": ".update_api_key_scope_input",
    "UpdateBrandInput": ".update_brand_input",
    "UpdateCategoryInput": ".update_category_input",
    "UpdateCommentInput": ".update_comment_input",
    "UpdateCustomerInput": ".update_customer_input",
    "UpdateFieldInput": ".update_field_input",
    "UpdateTagInput": ".update_tag_input",
    "UpdateTicketInput": ".update_ticket_input",
    "Webhook": ".webhook",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEventName": ".webhook_event_name",
}

__all__ = (
    "Account",
    "AccountUsage",
    "AccountUsagePlan",
    "ApiKey",
    "ApiKeyWithSecret",
    "Attachment",
    "AttachmentStatus",
    "AttachmentWithUrl",
    "AuthorType",
    "Brand",
    "BrandSchema",
    "BulkAction",
    "BulkActionInput",
    "BulkActionResult",
    "Category",
    "CategoryStat",
    "CategoryStats",
    "Comment",
    "CommentCreatedPayload",
    "CommentCreatedPayloadComment",
    "Company",
    "CompanyCount",
    "ConfirmUploadInput",
    "CreateApiKeyInput",
    "CreateBrandInput",
    "CreateCategoryInput",
    "CreateCommentInput",
    "CreateCustomerInput",
    "CreateFieldInput",
    "CreatePortalCommentInput",
    "CreatePortalTicketInput",
    "CreateTagInput",
    "CreateTicketInput",
    "CreateWebhookInput",
    "CursorPagination",
    "Customer",
    "CustomerCount",
    "CustomerPage",
    "CustomerSortField",
    "DeleteBrandPreview",
    "EntityType",
    "ErrorBody",
    "ErrorDetail",
    "FieldDefinition",
    "FieldDefinitionsByEntity",
    "FieldType",
    "GeneratePortalTokenInput",
    "InitiateUploadInput",
    "InitiateUploadResult",
    "JsonObject",
    "Link",
    "MarkAsSpamInput",
    "MergeTagsInput",
    "MergeTicketsInput",
    "PortalAttachment",
    "PortalAttachmentWithUrl",
    "PortalAuthorType",
    "PortalBrand",
    "PortalComment",
    "PortalInitiateUploadInput",
    "PortalPagination",
    "PortalTicket",
    "PortalTicketDetail",
    "PortalTicketPage",
    "PortalTicketSortField",
    "PortalToken",
    "PortalUploadTarget",
    "PortalVerifyInput",
    "ReorderCategoriesInput",
    "ReorderFieldsInput",
    "SendPortalMagicLinkInput",
    "SortOrder",
    "SuccessResponse",
    "Tag",
    "Ticket",
    "TicketCreatedPayload",
    "TicketPage",
    "TicketPriority",
    "TicketSortField",
    "TicketSource",
    "TicketStatus",
    "TicketUpdatedPayload",
    "UpdateApiKeyScopeInput",
    "UpdateBrandInput",
    "UpdateCategoryInput",
    "UpdateCommentInput",
    "UpdateCustomerInput",
    "UpdateFieldInput",
    "UpdateTagInput",
    "UpdateTicketInput",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryStatus",
    "WebhookEnvelope",
    "WebhookEventName",
)


def __getattr__(name: str) -> Any:
    if name not in _SUBMODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_SUBMODULES[name], __name__), name)
    globals()[name] = value  # cached: __getattr__ is not called again for it
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

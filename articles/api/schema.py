"""The schema documents the errors every operation may answer (a drf-spectacular
postprocessing hook): 400 for a bad parameter, 404 for an unknown record, 429 when
throttled, each a JSON object naming what was wrong (or, from a filter that refuses
its value as a whole, a list of messages)."""

ERRORS = {
    "400": "A parameter is not valid; the body names it and says why.",
    "404": "No public record, or no such page of results, has this address.",
    "429": "Too many requests from this address; Retry-After says when to come back.",
}
ERROR_BODY = {
    "application/json": {
        "schema": {"oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "string"}}]}
    }
}


def document_errors(result, generator, request, public):
    """Add the error answers to every operation of the schema; return the schema."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for status, description in ERRORS.items():
                operation["responses"].setdefault(
                    status, {"description": description, "content": ERROR_BODY}
                )
    return result

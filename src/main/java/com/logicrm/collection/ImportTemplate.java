package com.logicrm.collection;

import java.util.Map;

/** A named column mapping: header (as the file has it) → field key. */
public record ImportTemplate(long id, String name, Map<String, String> mapping, String createdBy) {
}

package com.logicrm.shared.web;

/**
 * A place in the side navigation. Each module declares its own entries as beans, so the shell lists
 * exactly the modules that are built, and only to people holding the permission.
 *
 * @param section    message key of the group heading
 * @param label      message key of the entry
 * @param path       where it leads
 * @param icon       Bootstrap Icons name
 * @param permission the permission needed to see it, or null for everybody signed in
 * @param order      position, lower first
 */
public record NavigationEntry(String section, String label, String path, String icon, String permission, int order) {
}

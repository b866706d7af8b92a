package com.logicrm.shared.web;

import java.util.function.Supplier;

/**
 * A figure on the home dashboard, contributed by the module that owns it.
 *
 * @param label      message key
 * @param value      computed when the dashboard is shown
 * @param link       where a click leads
 * @param permission needed to see it, or null
 * @param order      position, lower first
 */
public record DashboardCard(String label, Supplier<Object> value, String link, String icon, String permission,
        int order) {
}

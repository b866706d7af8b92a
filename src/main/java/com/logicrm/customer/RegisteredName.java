package com.logicrm.customer;

import java.util.List;

/**
 * An enterprise's name must be its full registered name, as on its seal (ARC-2). A name without an
 * organisational ending is probably a short name or a brand: flagged, not refused, because some
 * legitimate registered names do end otherwise.
 */
final class RegisteredName {

    private static final List<String> ENDINGS = List.of("有限公司", "有限责任公司", "股份有限公司", "股份", "集团",
            "公司", "厂", "中心", "事务所", "合作社", "商行", "商店", "门市部", "经营部", "工作室", "研究院", "研究所",
            "协会", "学会", "基金会", "医院", "学校", "大学", "银行", "分行", "支行", "局", "委员会", "站", "场", "馆",
            "店", "社", "部", "所", "院", "处");

    private RegisteredName() {
    }

    static boolean looksComplete(String name) {
        if (name == null) {
            return false;
        }
        String trimmed = name.trim().replaceAll("[（(][^）)]*[）)]$", "");
        return ENDINGS.stream().anyMatch(trimmed::endsWith)
                || trimmed.matches(".*(?i)(co\\.?,? ?ltd\\.?|limited|inc\\.?|corp(oration)?\\.?|gmbh|llc|s\\.a\\.)$");
    }
}

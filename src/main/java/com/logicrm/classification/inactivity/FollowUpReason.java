package com.logicrm.classification.inactivity;

/**
 * Why a silent customer stopped ordering, as found when following it up (CLS-9): 价格, 服务质量, 业务收缩,
 * 转向竞争对手, 季节性, 其他 (names in the message bundle). {@link #OTHER} needs a note saying what.
 */
public enum FollowUpReason {
    PRICE, SERVICE_QUALITY, BUSINESS_SHRINKING, COMPETITOR, SEASONAL, OTHER
}

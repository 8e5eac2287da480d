package io.reportqa.model;

/**
 * The administrative area a report is about.
 *
 * @param name full form, e.g. 咸阳市
 * @param shortName form without the level suffix, e.g. 咸阳
 * @param level 省, 市, 区 or 县
 */
public record Place(String name, String shortName, String level) {
}

package cn.shuangyong.priority;

import java.util.Arrays;
import java.util.Optional;

/** The sectors whose service places are inspected, each with its own checklist. */
public enum Sector {

	CIVIL_AVIATION, RAILWAY, COACH, CITY_TRANSIT, HOSPITAL, BANK, TELECOM, CULTURE_TOURISM, JUSTICE;

	public String messageKey() {
		return "priority.sector." + name();
	}

	static Optional<Sector> parse(String text) {
		String name = text == null ? "" : text.strip().toUpperCase();
		return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
	}
}

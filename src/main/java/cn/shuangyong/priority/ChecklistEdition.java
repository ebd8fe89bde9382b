package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A sector's checklist as it stood from a date: rules change (军人地位和权益保障法 from 2021-08-01, 军人抚恤优待条例
 * revised from 2024-10-01), and an inspection is judged by the edition in force when its campaign started.
 */
public record ChecklistEdition(long id, Sector sector, int edition, LocalDate effectiveFrom, String basis,
		List<ChecklistItem> items) {

	public ChecklistEdition {
		items = List.copyOf(items);
	}

	/** The edition of a sector in force on a day: the latest that took effect on or before it; none before the first. */
	public static Optional<ChecklistEdition> inForce(List<ChecklistEdition> editions, Sector sector, LocalDate on) {
		return editions.stream().filter(e -> e.sector() == sector && !e.effectiveFrom().isAfter(on))
			.max(Comparator.comparing(ChecklistEdition::effectiveFrom));
	}

	public long unverifiedItems() {
		return items.stream().filter(i -> !i.verified()).count();
	}
}

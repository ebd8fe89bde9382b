package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The first day of each term, as each region set it: a county's own date wins over its prefecture's, and that over
 * the province's.
 */
record TermCalendar(List<TermStart> starts) {

	Optional<LocalDate> startOf(String regionCode, Term term) {
		return starts.stream().filter(s -> s.term().equals(term) && regionCode.startsWith(s.regionCode()))
			.max(Comparator.comparingInt(s -> s.regionCode().length())).map(TermStart::startsOn);
	}

	record TermStart(String regionCode, Term term, LocalDate startsOn) {
	}
}

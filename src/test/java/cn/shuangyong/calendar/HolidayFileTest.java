package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidayFileTest {

	@Test
	void readsDateKindAndName() throws IOException {
		List<HolidayEntry> entries = HolidayFile.read(new StringReader("""
				date,kind,name
				2026-02-14,WORKDAY,春节
				2026-02-15,HOLIDAY,春节
				"""));

		assertThat(entries).containsExactly(
				HolidayEntry.workday(LocalDate.of(2026, 2, 14), "春节"),
				HolidayEntry.holiday(LocalDate.of(2026, 2, 15), "春节"));
	}

	@Test
	void skipsCommentsAndBlankLines() throws IOException {
		List<HolidayEntry> entries = HolidayFile.read(new StringReader("""
				# 国务院办公厅关于2026年部分节假日安排的通知

				2026-01-01,HOLIDAY,元旦
				   # indented comment
				"""));

		assertThat(entries).extracting(HolidayEntry::date).containsExactly(LocalDate.of(2026, 1, 1));
	}

	@Test
	void keepsCommasInTheName() throws IOException {
		List<HolidayEntry> entries = HolidayFile.read(new StringReader("2025-10-01,HOLIDAY,国庆节,中秋节\n"));

		assertThat(entries).extracting(HolidayEntry::name).containsExactly("国庆节,中秋节");
	}

	@Test
	void rejectsAnUnknownKindNamingTheLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayFile.read(new StringReader("date,kind,name\n2026-01-01,FREE,元旦\n")))
			.withMessageStartingWith("line 2:");
	}

	@Test
	void rejectsABadDateNamingTheLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayFile.read(new StringReader("2026-02-30,HOLIDAY,春节\n")))
			.withMessageStartingWith("line 1:");
	}

	@Test
	void rejectsALineWithoutAName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayFile.read(new StringReader("2026-01-01,HOLIDAY\n")))
			.withMessageContaining("expected date,kind,name");
	}

	@Test
	void rejectsABlankName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayFile.read(new StringReader("2026-01-01,HOLIDAY, \n")))
			.withMessageContaining("has no name");
	}
}

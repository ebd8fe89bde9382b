package cn.shuangyong.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads holiday entries in the form of {@code calendar/holidays-cn.csv}: lines {@code date,kind,name}, an optional
 * header line {@code date,kind,name}, blank lines and comment lines starting with {@code #}.
 */
final class HolidayFile {

	static final String OFFICIAL = "/calendar/holidays-cn.csv";

	private static final String HEADER = "date,kind,name";

	private HolidayFile() {
	}

	/** The State Council's holidays and adjusted working days shipped with the application. */
	static List<HolidayEntry> official() {
		try (InputStream in = HolidayFile.class.getResourceAsStream(OFFICIAL)) {
			if (in == null) {
				throw new IllegalStateException("holiday file missing from the classpath: " + OFFICIAL);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + OFFICIAL, ex);
		}
	}

	static List<HolidayEntry> read(Reader source) throws IOException {
		List<HolidayEntry> entries = new ArrayList<>();
		BufferedReader lines = new BufferedReader(source);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
				continue;
			}
			entries.add(parse(text, number));
		}
		return entries;
	}

	private static HolidayEntry parse(String line, int number) {
		String[] fields = line.split(",", 3);
		if (fields.length != 3) {
			throw new IllegalArgumentException("line " + number + ": expected date,kind,name but got '" + line + "'");
		}
		try {
			LocalDate date = LocalDate.parse(fields[0].strip());
			HolidayEntry.Kind kind = HolidayEntry.Kind.valueOf(fields[1].strip());
			return new HolidayEntry(date, kind, fields[2]);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("line " + number + ": " + ex.getMessage() + " in '" + line + "'", ex);
		}
	}
}

package cn.shuangyong.documents.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths sized to what the columns hold. Each column wants the width of its longest cell; if they all fit they
 * share out the spare width in proportion, and if they do not, the widest are cut down to one common width, so that a
 * column of short figures keeps its width and the long texts wrap.
 */
final class ColumnWidths {

	/** A cell's padding and the narrowest a column is made, in characters. */
	private static final double PADDING = 1;

	private static final double NARROWEST = 2;

	/** The shortest header, in characters, that folds onto two lines when a table is too wide. */
	private static final double FOLDING = 4;

	/** The number of characters the widest columns count as when choosing the page's orientation. */
	private static final double FOLDED = 10;

	private ColumnWidths() {
	}

	/** What each column would like, in characters of the table's size. */
	static double[] wanted(List<String> headers, List<List<String>> rows) {
		double[] wanted = new double[headers.size()];
		List<List<String>> all = new ArrayList<>(rows);
		all.add(headers);
		for (List<String> row : all) {
			for (int i = 0; i < wanted.length; i++) {
				wanted[i] = Math.max(wanted[i], Math.max(NARROWEST, GbText.width(row.get(i)) + PADDING));
			}
		}
		return wanted;
	}

	/**
	 * What each column would like in a table {@code available} characters wide. When the columns do not fit side by
	 * side, headers of four characters or more fold onto two lines first (按期/办结, 逾期未/办结), so that the cells'
	 * text, a unit's name, keeps its line; only then are the widest columns cut down ({@link #fit}).
	 */
	static double[] wanted(List<String> headers, List<List<String>> rows, double available) {
		double[] whole = wanted(headers, rows);
		if (sum(whole) <= available) {
			return whole;
		}
		double[] folded = new double[headers.size()];
		for (int i = 0; i < folded.length; i++) {
			double header = GbText.width(headers.get(i));
			folded[i] = Math.max(NARROWEST, (header >= FOLDING ? Math.ceil(header / 2) : header) + PADDING);
			for (List<String> row : rows) {
				folded[i] = Math.max(folded[i], Math.max(NARROWEST, GbText.width(row.get(i)) + PADDING));
			}
		}
		return folded;
	}

	/** Whether the table needs a landscape page: its columns, long texts folded, are wider than a portrait one. */
	static boolean wide(double[] wanted, double portraitChars) {
		double sum = 0;
		for (double w : wanted) {
			sum += Math.min(w, FOLDED);
		}
		return sum > portraitChars;
	}

	/** The widths in characters, filling {@code available} exactly. */
	static double[] fit(double[] wanted, double available) {
		double sum = sum(wanted);
		double[] widths = new double[wanted.length];
		if (sum <= available) {
			for (int i = 0; i < wanted.length; i++) {
				widths[i] = wanted[i] * available / sum;
			}
			return widths;
		}
		// the common width c at which the columns, each cut to at most c, fill the space
		double low = 0;
		double high = max(wanted);
		for (int step = 0; step < 50; step++) {
			double c = (low + high) / 2;
			if (capped(wanted, c) > available) {
				high = c;
			}
			else {
				low = c;
			}
		}
		for (int i = 0; i < wanted.length; i++) {
			widths[i] = Math.min(wanted[i], low);
		}
		double spare = available - sum(widths);
		for (int i = 0; i < widths.length; i++) {
			widths[i] += spare / widths.length;
		}
		return widths;
	}

	/** A column whose cells are all short is centred; one that holds text is set from the left. */
	static boolean centred(double wanted) {
		return wanted <= 7;
	}

	private static double capped(double[] wanted, double c) {
		double sum = 0;
		for (double w : wanted) {
			sum += Math.min(w, c);
		}
		return sum;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum;
	}

	private static double max(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}
}

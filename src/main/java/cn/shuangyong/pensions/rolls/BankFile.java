package cn.shuangyong.pensions.rolls;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The bank's payment file of an approved roll (社会化发放, 银行代发): one row per payment with the holder's name, the
 * plaintext account and the amount, then a control line with the number of payments and their total, which the
 * bank checks the batch against. UTF-8 CSV; the columns and their order are set by the deployment, since each bank's
 * batch template differs ({@code shuangyong.pensions.bank-file.columns}).
 */
final class BankFile {

	/** The columns a layout may name. */
	enum Column {

		SEQ("序号"), NAME("户名"), ACCOUNT("银行账号"), ID_MASKED("身份证号（脱敏）"), AMOUNT("金额（元）"), MONTH("发放月份"),
		MEMO("摘要");

		private final String header;

		Column(String header) {
			this.header = header;
		}
	}

	/** One payment: the holder, their account, the masked ID number, the amount and what it is for. */
	record Payment(String name, String account, String idMasked, BigDecimal amount, String memo) {

		@Override
		public String toString() {
			return "Payment[" + idMasked + ", " + amount + "]";
		}
	}

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private BankFile() {
	}

	/** A layout written as column names separated by commas, such as {@code SEQ,NAME,ACCOUNT,AMOUNT,MONTH,MEMO}. */
	static List<Column> layout(String written) {
		List<Column> columns = new ArrayList<>();
		for (String name : written.split(",")) {
			String key = name.strip().toUpperCase(java.util.Locale.ROOT);
			Column column = Arrays.stream(Column.values()).filter(c -> c.name().equals(key)).findFirst()
				.orElseThrow(() -> new InvalidInputException("银行代发文件的列「" + name.strip() + "」不存在，可用的列："
						+ String.join("、", Arrays.stream(Column.values()).map(Column::name).toList())));
			if (columns.contains(column)) {
				throw new InvalidInputException("银行代发文件的列「" + key + "」重复");
			}
			columns.add(column);
		}
		if (!columns.contains(Column.NAME) || !columns.contains(Column.ACCOUNT) || !columns.contains(Column.AMOUNT)) {
			throw new InvalidInputException("银行代发文件至少要有户名（NAME）、银行账号（ACCOUNT）和金额（AMOUNT）三列");
		}
		return List.copyOf(columns);
	}

	/** The file: a header row, one row per payment, and the control line (合计, the count and the total). */
	static byte[] csv(List<Column> columns, YearMonth month, List<Payment> payments, boolean bom) {
		StringBuilder text = new StringBuilder();
		row(text, columns.stream().map(c -> c.header).toList());
		int seq = 0;
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (Payment p : payments) {
			seq++;
			total = total.add(p.amount());
			List<String> cells = new ArrayList<>();
			for (Column c : columns) {
				cells.add(switch (c) {
					case SEQ -> String.valueOf(seq);
					case NAME -> p.name();
					case ACCOUNT -> p.account();
					case ID_MASKED -> p.idMasked();
					case AMOUNT -> p.amount().setScale(2).toPlainString();
					case MONTH -> month.toString();
					case MEMO -> p.memo();
				});
			}
			row(text, cells);
		}
		List<String> control = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			control.add(c == Column.AMOUNT ? total.toPlainString()
					: i == 0 ? "合计" : i == 1 || (i == 2 && columns.get(1) == Column.AMOUNT) ? "共 " + seq + " 笔" : "");
		}
		row(text, control);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes(BOM);
		}
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void row(StringBuilder text, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(cell(cells.get(i)));
		}
		text.append("\r\n");
	}

	/**
	 * A cell as CSV writes it: quoted when it holds a comma, a quote or a line break; a text that a spreadsheet would
	 * read as a formula (= + - @ at the start) is prefixed with an apostrophe, so opening the file runs nothing.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}
}

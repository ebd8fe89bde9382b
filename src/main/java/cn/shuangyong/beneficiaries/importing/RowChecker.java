package cn.shuangyong.beneficiaries.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.RegionLevel;

/**
 * Checks one row by itself, every cell, collecting every problem rather than stopping at the first. What needs the
 * other rows or the database (the same person twice, a person already registered) is checked after all rows are read.
 *
 * @param today the real date, which a birth date may not be after
 * @param businessDate the date whose category set applies (2020's in demo mode)
 * @param scope the region code the importer's data scope starts from
 */
record RowChecker(Headings headings, LocalDate today, LocalDate businessDate, CategoryCatalogue catalogue,
		RegionIndex regions, String scope) {

	static final int MAX_NAME = 50;

	static final int MAX_ADDRESS = 150;

	CheckedRow check(int ordinal, SheetRow row) {
		List<RowProblem> problems = new ArrayList<>();
		List<RowProblem> warnings = new ArrayList<>();
		String name = TextCell.read(cell(row, Field.NAME), label(Field.NAME), MAX_NAME, true, problems);
		IdNumber id = idNumber(cell(row, Field.ID_NUMBER), label(Field.ID_NUMBER), true, problems, warnings);
		List<String> categories = categories(cell(row, Field.CATEGORIES), problems);
		RegionIndex.Place place = place(cell(row, Field.REGION), problems);
		PhoneNumber phone = phone(cell(row, Field.PHONE), problems);
		String address = TextCell.read(cell(row, Field.ADDRESS), label(Field.ADDRESS), MAX_ADDRESS, false, problems);
		IdNumber head = headings.has(Field.HEAD_ID)
				? idNumber(cell(row, Field.HEAD_ID), label(Field.HEAD_ID), false, problems, new ArrayList<>()) : null;
		return new CheckedRow(ordinal, row.sheet(), row.number(), name, id, categories, place, phone, address, head,
				problems, warnings);
	}

	private IdNumber idNumber(CellValue cell, String column, boolean required, List<RowProblem> problems,
			List<RowProblem> warnings) {
		// a formula first: one saved without its result reads as blank, and "为空" would mislead
		if (cell != null && cell.kind() == CellValue.Kind.FORMULA) {
			problems.add(new RowProblem(column, column + "是公式，导入不计算公式：请把该列复制后“粘贴为值”（文本）再导入"));
			return null;
		}
		if (cell == null || cell.isBlank()) {
			if (required) {
				problems.add(new RowProblem(column, column + "为空"));
			}
			return null;
		}
		if (cell.kind() == CellValue.Kind.NUMBER) {
			problems.add(new RowProblem(column,
					column + "必须为文本格式：表格把它存成了数字（" + cell.text() + "），超过 15 位的数字后几位已经丢失，请把该列设为文本后重新录入"));
			return null;
		}
		IdNumberResult result = IdNumber.parse(cell.text(), today);
		result.problems().forEach(p -> problems.add(new RowProblem(column, p)));
		result.warnings().forEach(w -> warnings.add(new RowProblem(column, w)));
		return result.idNumber();
	}

	private List<String> categories(CellValue cell, List<RowProblem> problems) {
		String column = label(Field.CATEGORIES);
		if (cell != null && cell.kind() == CellValue.Kind.FORMULA) {
			problems.add(new RowProblem(column, column + "是公式，请改为文字后再导入"));
			return List.of();
		}
		CategoryCatalogue.CategoryReading reading = catalogue.read(cell == null ? null : cell.text(), businessDate);
		reading.problems().forEach(p -> problems.add(new RowProblem(column, p)));
		return reading.valid() ? reading.codes() : List.of();
	}

	private RegionIndex.Place place(CellValue cell, List<RowProblem> problems) {
		String column = label(Field.REGION);
		if (cell != null && cell.kind() == CellValue.Kind.FORMULA) {
			problems.add(new RowProblem(column, column + "是公式，请改为文字后再导入"));
			return null;
		}
		String text = cell == null ? "" : cell.text().strip();
		if (text.isEmpty()) {
			problems.add(new RowProblem(column, column + "为空：请填写人员所在县（市、区）、乡镇（街道）或村（社区）的代码"));
			return null;
		}
		String code = RegionCodes.shorten(text);
		if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
			problems.add(new RowProblem(column, column + "“" + text + "”格式不对：应为 6 位县级、9 位乡镇级或 12 位村级代码"));
			return null;
		}
		RegionIndex.Place place = regions.find(code);
		if (place == null) {
			problems.add(new RowProblem(column, column + "“" + text + "”不存在：在行政区划目录中找不到这个代码"));
			return null;
		}
		if (place.level() == RegionLevel.PROVINCE || place.level() == RegionLevel.PREFECTURE) {
			problems.add(new RowProblem(column, column + "“" + text + "”是" + place.name() + "，请填写县、乡镇或村一级的代码"));
			return null;
		}
		if (!code.startsWith(scope)) {
			problems.add(new RowProblem(column, column + "“" + text + "”（" + place.name() + "）不在您的数据范围内，不能导入"));
			return null;
		}
		return place;
	}

	private PhoneNumber phone(CellValue cell, List<RowProblem> problems) {
		String column = label(Field.PHONE);
		if (cell != null && cell.kind() == CellValue.Kind.FORMULA) {
			problems.add(new RowProblem(column, column + "是公式，导入不计算公式：请改为文字后再导入"));
			return null;
		}
		if (cell == null || cell.isBlank()) {
			return null;
		}
		try {
			return PhoneNumber.parse(cell.text());
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> problems.add(new RowProblem(column, p)));
			return null;
		}
	}

	private CellValue cell(SheetRow row, Field field) {
		return headings.cell(row, field);
	}

	private String label(Field field) {
		return headings.label(field);
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template to fill in: the standard headings, every column formatted as text (so Excel keeps all 18 characters
 * of an ID number), one example row of made-up data, and a sheet of notes.
 */
public final class ImportTemplate {

	private ImportTemplate() {
	}

	public static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			DataFormat format = workbook.createDataFormat();
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(format.getFormat("@"));
			Sheet sheet = workbook.createSheet("优抚对象");
			Row header = sheet.createRow(0);
			Field[] fields = Field.values();
			for (int i = 0; i < fields.length; i++) {
				header.createCell(i).setCellValue(fields[i].heading());
				sheet.setColumnWidth(i, (i == 5 ? 40 : 22) * 256);
				sheet.setDefaultColumnStyle(i, text);
			}
			String[] example = { "张三", "532302198506151713", "退伍军人、现役军人家属", "532302101001", "13800138000",
					"云南省楚雄彝族自治州禄丰市金山镇某村某组 1 号", "" };
			Row row = sheet.createRow(1);
			for (int i = 0; i < example.length; i++) {
				row.createCell(i).setCellValue(example[i]);
				row.getCell(i).setCellStyle(text);
			}
			Sheet notes = workbook.createSheet("填写说明");
			String[] lines = { "1. 姓名、公民身份号码、优抚类别、行政区划代码为必填；联系电话、现住址、户主公民身份号码可不填。",
					"2. 公民身份号码请按文本填写 18 位，末位 x 可大写或小写；不要写成数字（会丢失后几位）。",
					"3. 优抚类别可填多个，用顿号“、”分隔，如：烈属、军属。须为导入当日施行的类别。",
					"4. 行政区划代码填人员所在县（6 位）、乡镇（9 位）或村（12 位）代码，须在本单位数据范围内。",
					"5. 同一户的人员填写同一个户主公民身份号码；不填则每人自成一户。",
					"6. 示例行为虚构数据，导入前请删除。同一人在一个文件中只能出现一次；平台中已有的人员不会被覆盖。" };
			for (int i = 0; i < lines.length; i++) {
				notes.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("生成导入模板失败", e);
		}
	}
}

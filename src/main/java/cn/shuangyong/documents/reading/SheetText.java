package cn.shuangyong.documents.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.RecordFormatException;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;
import cn.shuangyong.documents.reading.tables.SheetTables;

/**
 * The text of a spreadsheet attachment (.xlsx, .xls): a task table on a sheet becomes the lines a notice writes,
 * each row an item with its 牵头单位： and 责任单位： lines, as a Word table does; any other sheet is read as text.
 */
final class SheetText {

	private SheetText() {
	}

	static String read(byte[] content, String name) {
		try {
			List<String> lines = new ArrayList<>();
			for (List<List<String>> sheet : SheetTables.read(content)) {
				lines.addAll(TaskTable.lines(sheet));
			}
			return String.join("\n", lines);
		}
		catch (IOException | POIXMLException | RecordFormatException | IllegalArgumentException
				| IllegalStateException e) {
			if (ArchiveBombs.isBomb(e)) {
				throw new UnreadableNoticeException(Reason.ARCHIVE_BOMB, name
						+ " 解压后的体积异常（疑似“压缩炸弹”），为保护系统已拒绝读取", e);
			}
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的 Excel 表格，或文件已损坏", e);
		}
	}
}

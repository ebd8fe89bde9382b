package cn.shuangyong.documents.reading;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The numbers Word puts in front of list paragraphs (一、 1. （1）) by itself. They are not in the paragraph's
 * text, yet they are what tells sections from items, so they are counted here as Word counts them: per list,
 * from each level's start, a level restarting whenever a level above it moves on.
 */
final class DocxListNumbers {

	private static final int LEVELS = 9;
	private static final int NOT_STARTED = -1;

	private final XWPFNumbering numbering;
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	DocxListNumbers(XWPFDocument document) {
		this.numbering = document.getNumbering();
	}

	/** The number Word shows before the paragraph, as its level's text writes it (一、, 3., （2）), or "". */
	String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		XWPFNum num = numbering == null || numId == null ? null : numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return "";
		}
		BigInteger listId = num.getCTNum().getAbstractNumId().getVal();
		XWPFAbstractNum list = numbering.getAbstractNum(listId);
		int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
		CTLvl[] levels = list == null ? new CTLvl[0] : levelsOf(list);
		if (level >= LEVELS || levels[level] == null || levels[level].getLvlText() == null || isBullet(levels[level])) {
			return "";
		}
		int[] count = counters.computeIfAbsent(listId, id -> notStarted());
		count[level] = count[level] == NOT_STARTED ? start(levels[level]) : count[level] + 1;
		Arrays.fill(count, level + 1, LEVELS, NOT_STARTED);
		String label = levels[level].getLvlText().getVal();
		for (int l = 0; l <= level; l++) {
			int value = count[l] == NOT_STARTED ? start(levels[l]) : count[l];
			label = label.replace("%" + (l + 1), written(value, levels[l]));
		}
		return label;
	}

	private static int[] notStarted() {
		int[] count = new int[LEVELS];
		Arrays.fill(count, NOT_STARTED);
		return count;
	}

	private static CTLvl[] levelsOf(XWPFAbstractNum list) {
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl lvl : list.getCTAbstractNum().getLvlArray()) {
			int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
			if (ilvl < LEVELS) {
				levels[ilvl] = lvl;
			}
		}
		return levels;
	}

	private static int start(CTLvl level) {
		return level == null || level.getStart() == null ? 1 : level.getStart().getVal().intValue();
	}

	private static boolean isBullet(CTLvl level) {
		String format = format(level);
		return "bullet".equals(format) || "none".equals(format);
	}

	private static String format(CTLvl level) {
		return level == null || level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
	}

	/** Chinese counting formats write 一 二 … 九十九; every other format is written in Arabic digits. */
	private static String written(int value, CTLvl level) {
		String format = format(level);
		boolean chinese = format.startsWith("chinese") || format.startsWith("taiwanese") || format.startsWith("japanese")
				|| format.equals("ideographDigital");
		return chinese ? Numbering.chinese(value) : Integer.toString(value);
	}
}

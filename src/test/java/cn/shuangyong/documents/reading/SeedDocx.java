package cn.shuangyong.documents.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds a styled .docx of the seed as Word users make them: Markdown headings become Word heading styles (the
 * # marks gone), ** becomes bold, every paragraph is cut into short runs with each parenthesis in a run of its
 * own, and a paragraph whose parenthesis the seed broke over lines goes on after a line break in the same
 * paragraph.
 */
public final class SeedDocx {

	private static final int RUN_LENGTH = 5;
	private static final int OFFICIAL_POINTS = 16;

	private SeedDocx() {
	}

	/** The seed's .docx, built once per JVM so that its conversions can be shared by the tests. */
	public static byte[] build() {
		return Built.SEED.clone();
	}

	/**
	 * The seed laid out as GB/T 9704 prints 公文: every run in 三号 (16 pt), so that a PDF wraps items, titles and
	 * recipients over lines of about 30 characters, and a page number "— N —" in the footer of every page.
	 */
	static byte[] buildOfficial() {
		return Built.OFFICIAL.clone();
	}

	private static byte[] build(String markdown, boolean official) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			addHeadingStyles(document);
			narrowMargins(document);
			if (official) {
				addPageNumbers(document);
			}
			XWPFParagraph open = null;
			for (String line : markdown.split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				String text = line.replaceFirst("^#+\\s*", "").replace("**", "");
				if (open != null) {
					open.getRuns().get(open.getRuns().size() - 1).addBreak();
					addRuns(open, text, false, official);
				}
				else {
					open = document.createParagraph();
					int level = line.length() - line.replaceFirst("^#+", "").length();
					if (level > 0) {
						open.setStyle("Heading" + Math.min(level, 3));
					}
					addRuns(open, text, line.contains("**"), official);
				}
				open = opens(open.getText()) ? open : null;
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Built {
		static final byte[] SEED = build(new String(SeedGold.seed(), StandardCharsets.UTF_8), false);
		static final byte[] OFFICIAL = build(new String(SeedGold.seed(), StandardCharsets.UTF_8), true);
	}

	private static boolean opens(String text) {
		String folded = Folded.fold(text);
		return folded.chars().filter(c -> c == '（').count() > folded.chars().filter(c -> c == '）').count();
	}

	private static void addRuns(XWPFParagraph paragraph, String text, boolean bold, boolean official) {
		for (String piece : pieces(text)) {
			XWPFRun run = paragraph.createRun();
			run.setText(piece);
			run.setBold(bold);
			if (official) {
				run.setFontSize(OFFICIAL_POINTS);
			}
		}
	}

	private static void addPageNumbers(XWPFDocument document) {
		XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setAlignment(ParagraphAlignment.CENTER);
		footer.createRun().setText("— ");
		footer.getCTP().addNewFldSimple().setInstr("PAGE");
		footer.createRun().setText(" —");
	}

	private static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean parenthesis = "（）()".indexOf(c) >= 0;
			if (parenthesis || piece.length() == RUN_LENGTH) {
				if (!piece.isEmpty()) {
					pieces.add(piece.toString());
				}
				piece.setLength(0);
			}
			piece.append(c);
			if (parenthesis) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
		}
		if (!piece.isEmpty()) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	private static void addHeadingStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		int[] halfPoints = { 32, 24, 24 };
		for (int level = 1; level <= 3; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			style.addNewRPr().addNewB();
			style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints[level - 1]));
			styles.addStyle(new XWPFStyle(style));
		}
	}

	/** 2 cm margins, so that the longest title stays on one line when LibreOffice lays the page out. */
	private static void narrowMargins(XWPFDocument document) {
		CTPageMar margins = document.getDocument().getBody().addNewSectPr().addNewPgMar();
		BigInteger twoCentimetres = BigInteger.valueOf(1134);
		margins.setLeft(twoCentimetres);
		margins.setRight(twoCentimetres);
		margins.setTop(twoCentimetres);
		margins.setBottom(twoCentimetres);
	}
}

package cn.shuangyong.documents.publicnotice;

/**
 * The document that announces a 公示: one the register numbers now, in the office's sequence for the code and the
 * year the 公示 starts, or one already in the register under its number.
 */
public sealed interface Announcement {

	/** Issued now: 楚拥办〔2020〕3号 关于…的公示, by the office that runs the 公示. */
	record Issued(String issuerCode, String issuer, long issuerUnitId, String issuerRegion, String title) implements Announcement {
	}

	/** Recorded in the register before, e.g. a notice typed in with its number. */
	record Registered(String docNumber) implements Announcement {
	}
}

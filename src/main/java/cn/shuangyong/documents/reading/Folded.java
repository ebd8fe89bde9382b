package cn.shuangyong.documents.reading;

/**
 * A view of a text in which the variants that notices mix freely are folded to one spelling, character for
 * character: half-width punctuation to full-width, full-width digits and letters to ASCII, and the traditional
 * forms of the structural words (牽頭, 參加, 負責, 號 …) to simplified. Because the view has the same length as the
 * text, a position found in it cuts the text as written, so unit names keep their own spelling.
 */
final class Folded {

	private static final String FROM = "(),:;!?．\u3000\u00a0\t"
			+ "牽頭參負責號別單門關協級發轉辦會員組織領導實務點劃節與於應處體軍區縣鄉鎮報構為後內廳擁規則標準項個場萬億時間們這將據參與議會職";
	private static final String TO = "（），：；！？.   "
			+ "牵头参负责号别单门关协级发转办会员组织领导实务点划节与于应处体军区县乡镇报构为后内厅拥规则标准项个场万亿时间们这将据参与议会职";
	private static final char[] MAP = new char[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c < MAP.length; c++) {
			MAP[c] = (char) c;
		}
		for (int i = 0; i < FROM.length(); i++) {
			MAP[FROM.charAt(i)] = TO.charAt(i);
		}
		// Full-width ASCII forms (！ to ～) except the punctuation kept full-width above.
		for (char c = '\uff01'; c <= '\uff5e'; c++) {
			char ascii = (char) (c - 0xfee0);
			if (Character.isLetterOrDigit(ascii) || ascii == '.') {
				MAP[c] = ascii;
			}
		}
	}

	private Folded() {
	}

	static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = MAP[chars[i]];
		}
		return new String(chars);
	}
}

package cn.shuangyong.beneficiaries.importing;

/**
 * Region codes as sheets write them: the 12-digit statistics form pads a county (532302000000) or a township
 * (532302101000) with zeros; the directory keys them short (532302, 532302101).
 */
final class RegionCodes {

	private RegionCodes() {
	}

	static String shorten(String text) {
		String code = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
		if (code.matches("\\d{12}")) {
			if (code.endsWith("000000")) {
				return code.substring(0, 6);
			}
			if (code.endsWith("000")) {
				return code.substring(0, 9);
			}
		}
		return code;
	}
}

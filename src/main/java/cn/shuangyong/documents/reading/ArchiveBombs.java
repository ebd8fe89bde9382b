package cn.shuangyong.documents.reading;

/**
 * Recognises POI's refusal of a zip bomb. ZipSecureFile signals it with a plain IOException, so its message is
 * all there is to go by: "Zip bomb detected!" for the ratio and size limits, "potentially malicious" for the
 * entry count. An entry whose declared size passes POI's allocation limit comes as a RecordFormatException.
 */
final class ArchiveBombs {

	private ArchiveBombs() {
	}

	static boolean isBomb(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof org.apache.poi.util.RecordFormatException) {
				return true; // an entry declaring more bytes than POI allows itself to allocate
			}
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
				return true;
			}
		}
		return false;
	}
}

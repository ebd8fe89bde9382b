package cn.shuangyong.beneficiaries.importing;

/**
 * What went wrong opening a spreadsheet, in the words a person can act on. POI reports a zip bomb with a plain
 * IOException ("Zip bomb detected!", "potentially malicious"), so its message is all there is to go by.
 */
final class ZipTrouble {

	private ZipTrouble() {
	}

	static ImportFileException describe(Throwable failure) {
		if (failure instanceof ImportFileException known) {
			return known;
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage();
			if (message.contains("Zip bomb") || message.contains("potentially malicious")
					|| message.contains("exceeds the maximum")) {
				return new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
						"文件异常：压缩内容解压后过大（疑似“压缩炸弹”），已拒绝读取");
			}
			if (message.contains("DOCTYPE") || message.contains("DTD")) {
				return new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
						"文件异常：表格内含有文档类型声明（DTD），为防止外部实体攻击已拒绝读取");
			}
		}
		return new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
				"文件已损坏或不完整，无法作为 Excel 工作簿读取：请在 Excel 中打开确认后重新保存再上传");
	}
}

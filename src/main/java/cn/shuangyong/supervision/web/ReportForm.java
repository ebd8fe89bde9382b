package cn.shuangyong.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.UploadedFileName;
import cn.shuangyong.supervision.tasklife.ReportDraft;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * A progress report as a multipart form sends it, from the task page or the API: {@code text}, one {@code figure.<target
 * id>} field per target (blank means no figure) and any number of {@code files}.
 */
final class ReportForm {

	static final String FIGURE = "figure.";

	private ReportForm() {
	}

	static ReportDraft draft(String text, MultiValueMap<String, String> params, List<MultipartFile> files) {
		Map<Long, Integer> figures = new HashMap<>();
		List<String> problems = new ArrayList<>();
		params.forEach((name, values) -> {
			if (!name.startsWith(FIGURE) || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
				return;
			}
			try {
				figures.put(Long.parseLong(name.substring(FIGURE.length())), Integer.parseInt(values.get(0).strip()));
			}
			catch (NumberFormatException e) {
				problems.add("指标数字“" + values.get(0).strip() + "”不是整数，请填写 0 或正整数");
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ReportDraft.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // the browser sends an empty part when no file was chosen
			}
			try {
				uploads.add(new ReportDraft.Upload(UploadedFileName.of(file), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new ReportDraft(text, figures, uploads);
	}
}

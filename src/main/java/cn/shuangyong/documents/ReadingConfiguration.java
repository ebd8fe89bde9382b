package cn.shuangyong.documents;

import cn.shuangyong.documents.reading.NoticeReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The notice reader, with the upload size limit of the platform (20 MB unless configured). */
@Configuration(proxyBeanMethods = false)
class ReadingConfiguration {

	@Bean
	NoticeReader noticeReader(@Value("${shuangyong.notices.max-size:20MB}") DataSize maxSize) {
		return new NoticeReader(maxSize.toBytes());
	}
}

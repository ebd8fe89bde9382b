package cn.shuangyong.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1}: HTTP Basic or the page session, errors as problem JSON. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI shuangyongApi() {
		return new OpenAPI()
			.info(new Info().title("双拥工作平台接口").version("v1")
				.description("以 HTTP Basic 或页面会话认证。出错时返回 application/problem+json，detail 为中文说明；"
						+ "数据范围外的记录返回 404，范围内无权执行的操作返回 403。"))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}

package nl.secondopinion.gateway.bff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnToTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/requests/abc", "/requests/abc/timeline?tab=documents", "/requests/abc#report",
			"/notifications?page=2&size=20", "/requests/a%20b" })
	void whenPathOfThisOrigin_thenKept(String path) {
		assertThat(ReturnTo.sanitize(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "https://evil.example", "http://localhost:8080/requests", "//evil.example",
			"///evil.example", "/\\evil.example", "\\\\evil.example", "/requests//x", "javascript:alert(1)",
			"requests/abc", " /requests", "/requests\n/x", "/requests\t", "/a b", "/%zz" })
	void whenAnythingElse_thenHome(String candidate) {
		assertThat(ReturnTo.sanitize(candidate)).isEqualTo("/");
	}

	@Test
	void whenAbsurdlyLong_thenHome() {
		assertThat(ReturnTo.sanitize("/" + "a".repeat(3000))).isEqualTo("/");
	}

}

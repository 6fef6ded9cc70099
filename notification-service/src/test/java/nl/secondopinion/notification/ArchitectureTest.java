package nl.secondopinion.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.secondopinion.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresDoNotKnowHowTheyAreCalledOrHowTheyCallOut = noClasses().that()
		.resideInAnyPackage("..notification.event..", "..notification.inbox..", "..notification.preference..",
				"..notification.delivery..", "..notification.template..")
		.and()
		.resideOutsideOfPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..", "feign..",
				"org.springframework.cloud.openfeign..", "..notification.client..", "..notification.mail..",
				"jakarta.mail..", "org.springframework.mail..")
		.because("the domain must not know how it is called or through what it sends");

	@ArchTest
	static final ArchRule templatesDependOnNothingButEventTypes = noClasses().that()
		.resideInAPackage("..notification.template..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..notification.delivery..", "..notification.inbox..", "..notification.preference..",
				"org.springframework..")
		.because("what a mail may say is decided in one plain place, testable on its own");

	@ArchTest
	static final ArchRule webDoesNotUseClientsDirectly = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..notification.client..", "..notification.mail..", "feign..");

	@ArchTest
	static final ArchRule feignStaysInClient = noClasses().that()
		.resideOutsideOfPackage("..notification.client..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..")
		.because("a later move to HTTP service clients should stay inside client");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}

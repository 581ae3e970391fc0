package org.consortia.tenancy;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while Hibernate builds the persistence unit, before it validates the
 * mapping: WildFly validates during deployment, earlier than any start-up bean could run. When
 * {@code CONSORTIA_DB_OWNER_USER} is set, migrations run as that owner of the schema (with
 * {@code CONSORTIA_DB_OWNER_PASSWORD}) and the portal's own role, {@code CONSORTIA_DB_USER}, only
 * reads and writes rows; otherwise they run through the portal's data source.
 */
public class FlywayMigrationIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        String owner = System.getenv("CONSORTIA_DB_OWNER_USER");
        if (owner == null || owner.isBlank()) {
            DataSource portal = sessionFactory.getServiceRegistry()
                    .requireService(MultiTenantConnectionProvider.class)
                    .unwrap(DataSource.class);
            SchemaMigration.migrate(portal, null);
        } else {
            SchemaMigration.migrate(new DriverManagerDataSource(System.getenv("CONSORTIA_DB_URL"), owner,
                    System.getenv("CONSORTIA_DB_OWNER_PASSWORD")), System.getenv("CONSORTIA_DB_USER"));
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: Flyway holds no resources after migrating.
    }
}

-- Runs after every migration on PostgreSQL (see SchemaMigration): the second wall between
-- workspaces, behind Hibernate's tenant filter.
--
-- Every table whose partnership_id says which workspace a row belongs to (the workspace tables,
-- their audit tables and the revisions) lets the portal read and write only the rows of the
-- workspace its connection is set to (consortia.workspace, set by WorkspaceConnections). Reading
-- every workspace takes the separate consortia.all_workspaces setting, which only the
-- cross-workspace path sets, and which never inserts, updates or deletes anything. Only revisions
-- may belong to no workspace (changes to accounts and organisations). The partnership record's own
-- lists (themes, resources), the council's log of oversight visits and invitations carry a
-- partnership_id but belong to the council, not to a workspace: an invitation is opened by its link
-- before its person is in any workspace, and the services read a workspace's invitations by its id.
do $$
declare
    workspace_table record;
    own_rows text;
begin
    for workspace_table in
        select c.table_name
          from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = current_schema()
           and c.column_name = 'partnership_id'
           and t.table_type = 'BASE TABLE'
           and c.table_name not in ('partnership_theme', 'partnership_theme_aud', 'partnership_resource',
                                    'partnership_resource_aud', 'oversight_visit', 'invitation')
    loop
        own_rows := 'partnership_id = nullif(current_setting(''consortia.workspace'', true), '''')::bigint'
                || case when workspace_table.table_name = 'revinfo' then ' or partnership_id is null' else '' end;
        execute format('alter table %I enable row level security', workspace_table.table_name);
        execute format('drop policy if exists workspace_rows on %I', workspace_table.table_name);
        execute format('drop policy if exists workspace_read on %I', workspace_table.table_name);
        execute format('drop policy if exists workspace_insert on %I', workspace_table.table_name);
        execute format('drop policy if exists workspace_update on %I', workspace_table.table_name);
        execute format('drop policy if exists workspace_delete on %I', workspace_table.table_name);
        execute format('create policy workspace_read on %I for select using (%s'
                       || ' or current_setting(''consortia.all_workspaces'', true) = ''on'')',
                       workspace_table.table_name, own_rows);
        execute format('create policy workspace_insert on %I for insert with check (%s)',
                       workspace_table.table_name, own_rows);
        execute format('create policy workspace_update on %I for update using (%s) with check (%s)',
                       workspace_table.table_name, own_rows, own_rows);
        execute format('create policy workspace_delete on %I for delete using (%s)',
                       workspace_table.table_name, own_rows);
    end loop;
end
$$;

-- The portal's own role reads and writes rows, and nothing else: it owns no table, so it cannot
-- turn the policies off, and it may read the migration history but not change it.
do $$
begin
    if '${applicationUser}' <> '' and '${applicationUser}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${applicationUser}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                       current_schema(), '${applicationUser}');
        execute format('grant usage, select, update on all sequences in schema %I to %I',
                       current_schema(), '${applicationUser}');
        execute format('revoke insert, update, delete, truncate on %I.flyway_schema_history from %I',
                       current_schema(), '${applicationUser}');
    end if;
end
$$;

-- Issue 16 item 4: nodes keep each programme's head (version, owning unit) in memory (monitoring.ProgrammeHeads).
-- Every statement that changes a programme, or deletes or moves an indicator, tells every node as it commits
-- (cluster.ClusterChanges listens on channel tiendo_changes; the sender "database" is never a node, so the node
-- that wrote forgets too). Writers through the application also forget at once on their own node.
CREATE FUNCTION notify_programme_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tiendo_changes', 'programmes:database');
    RETURN NULL;
END
$$;

CREATE TRIGGER programme_changed AFTER INSERT OR UPDATE OR DELETE ON programme
    FOR EACH STATEMENT EXECUTE FUNCTION notify_programme_change();
CREATE TRIGGER programme_truncated AFTER TRUNCATE ON programme
    FOR EACH STATEMENT EXECUTE FUNCTION notify_programme_change();
CREATE TRIGGER indicator_removed_or_moved AFTER DELETE OR UPDATE OF programme_id ON indicator
    FOR EACH STATEMENT EXECUTE FUNCTION notify_programme_change();

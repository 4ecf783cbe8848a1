package io.slotwise.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Which posts one request made for several platforms at once: a group under its first post's id, its
 * posts in the order the request named their platforms.
 */
@RegisterConstructorMapper(CrossPostDao.Member.class)
public interface CrossPostDao {

    /** One post of a group, at its place in it. */
    record Member(String postId, String groupId, int position) {
    }

    @SqlUpdate("INSERT INTO cross_post (post_id, group_id, position) VALUES (:postId, :groupId, :position)")
    void insert(@Bind("postId") String postId, @Bind("groupId") String groupId, @Bind("position") int position);

    /** The ids of the group's posts, in order; empty when there is no such group. */
    @SqlQuery("SELECT post_id FROM cross_post WHERE group_id = :groupId ORDER BY position")
    List<String> postsOf(@Bind("groupId") String groupId);

    @SqlQuery("SELECT group_id FROM cross_post WHERE post_id = :postId")
    Optional<String> groupOf(@Bind("postId") String postId);

    /** Every group member among the owner's posts. */
    @SqlQuery("SELECT c.post_id, c.group_id, c.position FROM cross_post c JOIN post p ON p.id = c.post_id "
            + "WHERE p.owner_id = :ownerId ORDER BY c.group_id, c.position")
    List<Member> membersOf(@Bind("ownerId") String ownerId);

    /** Every group member, every owner's: what a backup holds. */
    @SqlQuery("SELECT post_id, group_id, position FROM cross_post ORDER BY group_id, position, post_id")
    List<Member> all();

    /** Empties the table, for a restore that replaces everything. */
    @SqlUpdate("DELETE FROM cross_post")
    void deleteAll();
}
